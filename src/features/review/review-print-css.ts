/**
 * The print stylesheet of the printable review (a contract appendix), rendered as a `<style>`
 * element while that view is on screen: global selectors are the point here, which `makeStyles`
 * avoids. Only the element marked `data-review-print` prints, black on white whatever the Teams
 * theme, without the app's header, tabs and buttons. Scoped with `:has` so it never affects
 * printing any other page. Literal black and white on purpose: paper is not themed, and design
 * tokens would print the dark theme's colours.
 */
export const REVIEW_PRINT_CSS = `
@media print {
  @page { margin: 16mm; }
  body:has([data-review-print]) * {
    visibility: hidden;
    background: transparent !important;
    box-shadow: none !important;
  }
  body:has([data-review-print]) { background: #fff !important; }
  /* As specific as the rule above, and later, so the document shows again. */
  body:has([data-review-print]) [data-review-print],
  body:has([data-review-print]) [data-review-print] * {
    visibility: visible;
    color: #000 !important;
    border-color: #000 !important;
  }
  [data-review-print] { position: absolute; top: 0; left: 0; width: 100%; }
  [data-review-print] [data-print-hidden] { display: none !important; }
  [data-review-print] section { break-inside: avoid-page; }
}
`;
