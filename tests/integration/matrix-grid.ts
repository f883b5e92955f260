import { screen, within } from '@testing-library/react';

/**
 * The button called `label` in the grid's row for the function `name` (by default its rename
 * button), found by role and accessible name as `within(grid).getByRole` would find it. A role
 * query over the whole grid computes the name of each of its ~100 buttons, which jsdom makes slow
 * (every name needs the computed style of every element in it); so only the rows that show the
 * function's name are asked, and exactly one button must answer.
 */
export function buttonInRow(grid: HTMLElement, name: string, label = `Rename ${name}`) {
  const buttons = [...grid.querySelectorAll<HTMLElement>('[role="row"]')]
    .filter((row) => row.textContent?.includes(name))
    .flatMap((row) => within(row).queryAllByRole('button', { name: label }));
  if (buttons.length !== 1) {
    throw new Error(`Expected one button named “${label}” in the grid, found ${buttons.length}`);
  }
  return buttons[0]!;
}

/** The grid's row for the function `name`: the row holding its accessible rename button. */
export function rowOf(grid: HTMLElement, name: string): HTMLElement {
  const row = buttonInRow(grid, name).closest('[role="row"]');
  if (!(row instanceof HTMLElement)) throw new Error(`No row for ${name}`);
  return row;
}

/**
 * The toolbar above the grid (filters, the count, Export, Import…, Add function): scope a role
 * query for one of its buttons here, not to the whole page and the grid's buttons with it.
 */
export function matrixToolbar(): HTMLElement {
  const toolbar = screen.getByTestId('matrix-count').parentElement;
  if (!toolbar) throw new Error('No matrix toolbar');
  return toolbar;
}
