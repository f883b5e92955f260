/**
 * exceljs's browser bundle without polyfills (the app targets ES2022 browsers, which need none):
 * ~20 KB gzipped smaller than the default `exceljs.min.js`. Its API is exceljs's own; the module is
 * UMD, so bundlers expose it as the default export and Node's require as the module itself.
 */
declare module 'exceljs/dist/exceljs.bare.min.js' {
  const excel: unknown;
  export default excel;
}
