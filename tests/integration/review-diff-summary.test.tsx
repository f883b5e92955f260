import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { diffRows } from '../../src/domain/review/review-diff';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { DiffSummary, ITEMS_SHOWN_FIRST } from '../../src/features/review/DiffSummary';

/** A first review of a `count`-row matrix: every row is "added". */
function firstReviewDiff(count: number) {
  let next = 0;
  const template = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `t-${++next}`);
  const rows = Array.from({ length: count }, (_, index) => ({
    ...template[index % template.length]!,
    id: `row-${index + 1}`,
    name: `Function ${index + 1}`,
    order: index + 1,
  }));
  return diffRows([], rows);
}

const renderSummary = (engagementId: string | null) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <DiffSummary diff={firstReviewDiff(300)} engagementId={engagementId} />
    </FluentProvider>,
  );

describe('the diff of a review', () => {
  it('shows a long group in part on screen, and all of it on request', async () => {
    renderSummary('eng-1');
    const added = screen.getByTestId('diff-added');
    expect(within(added).getAllByRole('listitem')).toHaveLength(ITEMS_SHOWN_FIRST);
    expect(within(added).getByRole('link', { name: 'Function 1' })).toHaveAttribute(
      'href',
      '#/e/eng-1/matrix?row=row-1',
    );
    await userEvent.click(within(added).getByRole('button', { name: 'Show all 300 added rows' }));
    expect(within(added).getAllByRole('listitem')).toHaveLength(300);
    expect(within(added).queryByRole('button')).toBeNull();
  });

  it('prints every item, as plain names', () => {
    renderSummary(null);
    const added = screen.getByTestId('diff-added');
    expect(within(added).getAllByRole('listitem')).toHaveLength(300);
    expect(within(added).queryByRole('link')).toBeNull();
  });
});
