import { afterAll, beforeAll } from 'vitest';

/**
 * jsdom has no layout: every `offsetParent` is null and `<body>` measures 0×0, so Fluent's focus
 * manager (tabster) treats every element as invisible, cannot move focus into a dialog or popover,
 * and leaves the page `aria-hidden` after a dialog. Call at the top of a test file to give it just
 * enough layout to behave as in a browser.
 */
export function withJsdomLayout() {
  const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetParent');
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
      configurable: true,
      get(this: HTMLElement) {
        return this.parentElement;
      },
    });
    document.body.getBoundingClientRect = () => DOMRect.fromRect({ width: 1280, height: 800 });
  });
  afterAll(() => {
    if (offsetParent) Object.defineProperty(HTMLElement.prototype, 'offsetParent', offsetParent);
    Reflect.deleteProperty(document.body, 'getBoundingClientRect');
  });
}
