import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Testing Library's waits (findBy…, waitFor) give up after 1 s. The first screen of each test file
// loads its feature's code on demand, which on a busy two-core machine takes up to about a second
// (more with a cold transform cache); allow 5 s once for the whole project, as its 20 s testTimeout
// does for each test, instead of per call.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks these browser APIs that Fluent UI and the app touch.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
}

// jsdom's getComputedStyle matches every rule of every style sheet against the element, and
// Testing Library's role queries call it for each element they look at (and its ancestors) while
// checking visibility and computing accessible names. Fluent's styling engine (Griffel) inserts
// about a thousand atomic rules on a matrix page, almost all of them colours, borders and spacing
// that jsdom cannot lay out, so every role query spent most of its time matching them. Keep only
// the rules that declare what something in these tests reads from the computed style: visibility
// (display, visibility, opacity: Testing Library, jest-dom, user-event, tabster), hit-testing
// (pointer-events: user-event) and `position` (tabster treats a fixed element as visible).
// Nothing else is read except by floating-ui, which positions popovers over jsdom's zero-sized
// boxes. Style sheets that are not Griffel's (the print styles, the theme) are left whole.
const READ_BY_TESTS = /(?:^|[{;\s])(?:display|visibility|opacity|pointer-events|position)\s*:/;
const griffelSheets = new WeakSet<CSSStyleSheet>();
const isGriffelSheet = (sheet: CSSStyleSheet) => {
  if (griffelSheets.has(sheet)) return true;
  // jsdom's sheets point at their node's internals, not the node: look the node up instead.
  for (const style of document.querySelectorAll('style[data-make-styles-bucket]')) {
    if (style instanceof HTMLStyleElement && style.sheet) griffelSheets.add(style.sheet);
  }
  return griffelSheets.has(sheet);
};
const insertRule = CSSStyleSheet.prototype.insertRule;
CSSStyleSheet.prototype.insertRule = function (this: CSSStyleSheet, rule: string, index?: number) {
  if (!READ_BY_TESTS.test(rule) && isGriffelSheet(this)) return index ?? 0;
  return insertRule.call(this, rule, index);
};

afterEach(() => {
  cleanup();
  window.location.hash = '';
});
