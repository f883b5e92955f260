/**
 * The browser tab's icon: `/favicon.ico` (browsers ask for it even without a `<link>`), made at
 * build time from the app icon (assets/icons/color.png) as an ICO file holding that one PNG — the
 * ICO format allows PNG images inside since Windows Vista, and every current browser reads them.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const ICON = new URL('../assets/icons/color.png', import.meta.url);

/** An ICO file around one PNG image of `size` × `size` pixels (at most 256). */
export function icoFromPng(png: Uint8Array, size: number): Uint8Array {
  const header = new Uint8Array(6 + 16);
  const view = new DataView(header.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // 1 = icon
  view.setUint16(4, 1, true); // one image
  view.setUint8(6, size >= 256 ? 0 : size); // width (0 means 256)
  view.setUint8(7, size >= 256 ? 0 : size); // height
  view.setUint8(8, 0); // no palette
  view.setUint8(9, 0); // reserved
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, png.length, true); // image size
  view.setUint32(18, header.length, true); // image offset
  const ico = new Uint8Array(header.length + png.length);
  ico.set(header);
  ico.set(png, header.length);
  return ico;
}

/** Vite plugin: emits favicon.ico into the build and serves it in dev. */
export function favicon(): Plugin {
  const ico = () => icoFromPng(readFileSync(ICON), 192);
  return {
    name: 'tandem-favicon',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'favicon.ico', source: ico() });
    },
    configureServer(server) {
      server.middlewares.use('/favicon.ico', (_request, response) => {
        response.setHeader('Content-Type', 'image/x-icon');
        response.end(ico());
      });
    },
  };
}
