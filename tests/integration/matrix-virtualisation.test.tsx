import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import type { FunctionRow } from '../../src/domain/matrix/function-row';
import { NONE, PRIMARY, secondary } from '../../src/domain/matrix/roles';
import { HEADER_HEIGHT, ROW_HEIGHT } from '../../src/features/matrix/matrix-columns';
import { createMemoryStore } from '../fakes/memory-store';
import { renderApp } from './render-app';

const ROW_COUNT = 2000;
const MAX_RENDERED_ROWS = 100;

function bigMatrix(): FunctionRow[] {
  const roles = [
    { internal: PRIMARY, msp: NONE },
    { internal: NONE, msp: PRIMARY },
    { internal: PRIMARY, msp: PRIMARY },
    { internal: secondary('After hours'), msp: NONE },
  ];
  return Array.from({ length: ROW_COUNT }, (_, index) => ({
    id: `r-${index + 1}`,
    name: `Function ${String(index + 1).padStart(4, '0')}`,
    category: ['Support', 'Security', 'Operations', 'Governance'][index % 4]!,
    ...roles[index % roles.length]!,
    tieBreaker: null,
    notes: '',
    order: index + 1,
    archived: false,
  }));
}

async function openBigMatrix(query = '') {
  const store = createMemoryStore();
  const profile = { ...emptyProfile('2026-06-20'), customer: 'Northwind' };
  await store.createEngagement(newEngagement('big', profile, bigMatrix()));
  const app = renderApp({ store, hash: `#/e/big/matrix${query}` });
  const grid = await screen.findByTestId('matrix-grid');
  return { ...app, grid };
}

const renderedRows = (grid: HTMLElement) => grid.querySelectorAll('[data-row-id]');

/**
 * jsdom has no layout and no scrolling. Give the matrix's scroller the size a browser would (a
 * 640px viewport over every row), and make `scrollTo` move `scrollTop` and fire `scroll`.
 */
const VIEWPORT = 640;
const isMatrixScroller = (el: Element) =>
  el.getAttribute('aria-label') === 'Responsibility matrix, scrollable';
const saved = (['scrollTo', 'scrollHeight', 'clientHeight'] as const).map(
  (key) => [key, Object.getOwnPropertyDescriptor(Element.prototype, key)] as const,
);
beforeEach(() => {
  Object.defineProperties(Element.prototype, {
    scrollTo: {
      configurable: true,
      value(this: Element, options: ScrollToOptions) {
        if (options.top !== undefined) this.scrollTop = options.top;
        this.dispatchEvent(new Event('scroll'));
      },
    },
    scrollHeight: {
      configurable: true,
      get(this: Element) {
        return isMatrixScroller(this) ? HEADER_HEIGHT + ROW_HEIGHT * ROW_COUNT : 0;
      },
    },
    clientHeight: {
      configurable: true,
      get(this: Element) {
        return isMatrixScroller(this) ? VIEWPORT : 0;
      },
    },
  });
});
afterEach(() => {
  for (const [key, descriptor] of saved) {
    if (descriptor) Object.defineProperty(Element.prototype, key, descriptor);
    else Reflect.deleteProperty(Element.prototype, key);
  }
});

describe('Matrix view with 2,000 rows', () => {
  it('keeps at most ~100 rows in the DOM', async () => {
    const { grid } = await openBigMatrix();
    const rows = renderedRows(grid);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(MAX_RENDERED_ROWS);
    expect(rows[0]).toHaveAttribute('data-row-id', 'r-1');
    expect(grid).toHaveAttribute('aria-rowcount', String(ROW_COUNT + 1));
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(screen.getByText(`${ROW_COUNT} of ${ROW_COUNT} functions`)).toBeInTheDocument();
  });

  it('renders the rows under the viewport as the user scrolls', async () => {
    const { grid } = await openBigMatrix();
    const scroller = screen.getByRole('region', { name: 'Responsibility matrix, scrollable' });
    scroller.scrollTop = ROW_HEIGHT * 1000;
    fireEvent.scroll(scroller);

    await waitFor(() => expect(grid.querySelector('[data-row-id="r-1001"]')).not.toBeNull());
    expect(grid.querySelector('[data-row-id="r-1"]')).toBeNull();
    expect(renderedRows(grid).length).toBeLessThanOrEqual(MAX_RENDERED_ROWS);
  });

  it('scrolls to and highlights a linked row far down the list', async () => {
    const { grid } = await openBigMatrix('?row=r-1500');
    const row = await waitFor(() => {
      const found = grid.querySelector('[data-row-id="r-1500"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(row).toHaveAttribute('aria-current', 'true');
    expect(within(row).getByRole('button', { name: 'Rename Function 1500' })).toBeInTheDocument();
    expect(renderedRows(grid).length).toBeLessThanOrEqual(MAX_RENDERED_ROWS);
  });
});
