import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { newEngagement } from '../../src/domain/engagement/engagement';
import { emptyProfile } from '../../src/domain/engagement/profile';
import { CO_MANAGED_TEMPLATE, rowsFromTemplate } from '../../src/domain/matrix/templates';
import { StoreError } from '../../src/ports/engagement-store';
import { createMemoryStore, type MemoryStore } from '../fakes/memory-store';
import { withJsdomLayout } from './jsdom-layout';
import { buttonInRow, rowOf } from './matrix-grid';
import { renderApp } from './render-app';

const ENGAGEMENT_ID = 'eng-1';

withJsdomLayout();

/** The guide's 14-row matrix, stored before the app starts; rows are `row-1` … `row-14`. */
async function seedCoManaged(): Promise<MemoryStore> {
  const store = createMemoryStore();
  let n = 0;
  const rows = rowsFromTemplate(CO_MANAGED_TEMPLATE, () => `row-${++n}`);
  const profile = { ...emptyProfile('2026-06-20'), customer: 'Contoso', mspName: 'Fabrikam IT' };
  await store.createEngagement(newEngagement(ENGAGEMENT_ID, profile, rows));
  return store;
}

async function openMatrix(query = '') {
  const store = await seedCoManaged();
  const app = renderApp({ store, hash: `#/e/${ENGAGEMENT_ID}/matrix${query}` });
  const grid = await screen.findByTestId('matrix-grid');
  return { ...app, grid };
}

/**
 * After a dialog closes, Fluent's focus manager lifts `aria-hidden` from the page on a timer: wait
 * for the row's button to be accessible again.
 */
const findRow = (grid: HTMLElement, name: string) => waitFor(() => rowOf(grid, name));

const renderedIds = (grid: HTMLElement) =>
  [...grid.querySelectorAll('[data-row-id]')].map((el) => el.getAttribute('data-row-id'));

async function storedRow(store: MemoryStore, id: string) {
  const engagement = await store.loadEngagement(ENGAGEMENT_ID);
  return engagement.rows.find((row) => row.id === id);
}

/** Open a row's notes in place, type `text` and press Enter, as a user would. */
async function editNotes(
  user: ReturnType<typeof renderApp>['user'],
  grid: HTMLElement,
  rowName: string,
  text: string,
) {
  await user.click(buttonInRow(grid, rowName, `Edit notes of ${rowName}`));
  await user.type(
    await screen.findByRole('textbox', { name: `Notes on ${rowName}` }),
    `${text}{Enter}`,
  );
}

/** Opens a row's category for editing, emptied; returns its box. */
async function openCategoryEdit(
  user: ReturnType<typeof renderApp>['user'],
  grid: HTMLElement,
  rowName: string,
) {
  await user.click(buttonInRow(grid, rowName, `Edit category of ${rowName}`));
  const box = await screen.findByRole('combobox', { name: `Category of ${rowName}` });
  await user.clear(box);
  return box;
}

describe('Matrix view', () => {
  it('shows the 14 rows of the default template with the guide’s owners after first run', async () => {
    const { user } = renderApp();
    await user.type(await screen.findByRole('textbox', { name: /^Customer/ }), 'Contoso');
    await user.click(screen.getByRole('button', { name: 'Create engagement' }));

    const grid = await screen.findByRole('table', { name: 'Responsibility matrix' });
    expect(grid.querySelectorAll('[data-row-id]')).toHaveLength(14);
    expect(screen.getByText('14 of 14 functions')).toBeInTheDocument();
    const owners = [...grid.querySelectorAll('[data-owner]')].map((el) => el.textContent);
    expect(owners.filter((o) => o === 'Internal')).toHaveLength(3);
    expect(owners.filter((o) => o === 'MSP')).toHaveLength(9);
    expect(owners.filter((o) => o === 'Joint')).toHaveLength(2);

    const helpdesk = rowOf(grid, 'Tier 1 helpdesk (passwords, printers, basic Windows)');
    expect(within(helpdesk).getByText('Internal')).toBeInTheDocument();
    expect(within(helpdesk).getByText('Secondary — Overflow only')).toBeInTheDocument();
    expect(within(rowOf(grid, 'vCIO / IT strategy')).getByText('MSP')).toBeInTheDocument();
    const projects = rowOf(grid, 'Major projects (migrations, deployments)');
    expect(within(projects).getByText('Joint')).toBeInTheDocument();
    expect(
      within(projects).getByRole('combobox', {
        name: 'Tie-breaker for Major projects (migrations, deployments)',
      }),
    ).toBeInTheDocument();
    // The tie-breaker is offered only on joint rows.
    expect(within(helpdesk).queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Function',
      'Category',
      'Internal IT role',
      'MSP role',
      'Owner',
      'Tie-breaker',
      'Notes',
      'Actions',
    ]);
  });

  it('keeps an invalid rename on screen with a message, and saves a valid one', async () => {
    const { grid, user, store } = await openMatrix();
    await user.click(buttonInRow(grid, 'User onboarding / offboarding'));
    // The text box's code may still be on its way (it loads on demand): find, don't get.
    const input = await screen.findByRole('textbox', {
      name: 'New name for User onboarding / offboarding',
    });

    await user.clear(input);
    expect(screen.getByText('Give the function a name.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await user.type(input, 'email security PLATFORM{Enter}');
    expect(
      screen.getByText('A function called “Email security platform” already exists.'),
    ).toBeInTheDocument();
    expect(input).toHaveValue('email security PLATFORM');
    await user.tab();
    expect(input).toBeInTheDocument();
    expect(input).toHaveValue('email security PLATFORM');
    expect((await storedRow(store, 'row-3'))?.name).toBe('User onboarding / offboarding');

    await user.clear(input);
    await user.type(input, 'Joiners and leavers{Enter}');
    expect(buttonInRow(grid, 'Joiners and leavers')).toHaveFocus();
    await waitFor(async () =>
      expect((await storedRow(store, 'row-3'))?.name).toBe('Joiners and leavers'),
    );
  });

  it('edits from the keyboard, and Escape cancels', async () => {
    const { grid, user, store } = await openMatrix();
    buttonInRow(grid, 'vCIO / IT strategy').focus();
    await user.keyboard('{Enter}');
    const input = await screen.findByRole('textbox', { name: 'New name for vCIO / IT strategy' });
    expect(input).toHaveFocus();
    await user.keyboard(' 2027');
    expect(input).toHaveValue('vCIO / IT strategy 2027');
    await user.keyboard('{Escape}');
    expect(buttonInRow(grid, 'vCIO / IT strategy')).toHaveFocus();
    expect((await storedRow(store, 'row-13'))?.name).toBe('vCIO / IT strategy');
  });

  it('renders HTML in a name as literal text', async () => {
    const { grid, user, store, container } = await openMatrix();
    const html = '<img src=x onerror=alert(1)>';
    await user.click(buttonInRow(grid, 'Compliance documentation'));
    const input = await screen.findByRole('textbox', {
      name: 'New name for Compliance documentation',
    });
    await user.clear(input);
    await user.type(input, `${html}{Enter}`);
    expect(within(grid).getByText(html)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    await waitFor(async () => expect((await storedRow(store, 'row-12'))?.name).toBe(html));
  });

  it('keeps an edit on screen when the save fails, and Retry saves it', async () => {
    const { grid, user, store } = await openMatrix();
    store.failNextCommit(new StoreError('unavailable', 'The store is offline.'));
    await editNotes(user, grid, 'Backup management and testing', 'Test restores monthly');

    expect(await screen.findByText(/Not saved: The store is offline\./)).toBeInTheDocument();
    expect(
      within(rowOf(grid, 'Backup management and testing')).getByText('Test restores monthly'),
    ).toBeInTheDocument();
    expect((await storedRow(store, 'row-10'))?.notes).toBe('');

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(async () =>
      expect((await storedRow(store, 'row-10'))?.notes).toBe('Test restores monthly'),
    );
    expect(screen.getByTestId('sync-state')).toHaveAttribute('data-sync', 'saved');
    // Issue 13 item 8: after a failure and a successful Retry, the user is told it is over.
    expect(screen.getByTestId('sync-state')).toHaveTextContent(
      'Saved — the change that had failed is stored now',
    );
  });

  it('issue 13 item 1: a 300-character category is refused inline, with the limit, and nothing is saved', async () => {
    const { grid, user, store } = await openMatrix();
    const commit = vi.spyOn(store, 'commit');
    const box = await openCategoryEdit(user, grid, 'Backup management and testing');
    await user.click(box);
    await user.paste('x'.repeat(300));
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText('The category is 300 characters long; at most 255 fit.'),
    ).toBeInTheDocument();
    expect(box).toHaveValue('x'.repeat(300));
    expect(commit).not.toHaveBeenCalled();
  });

  it('issue 13 item 1: a change the store refuses is listed with Try again and Discard, and later edits are saved', async () => {
    const { grid, user, store } = await openMatrix();
    store.failNextCommit(new StoreError('forbidden', "Couldn't save: you don't have permission."));
    await editNotes(user, grid, 'Backup management and testing', 'Refused');
    const notSaved = await screen.findByRole('region', { name: 'Changes not saved' });
    expect(notSaved).toHaveTextContent("Couldn't save: you don't have permission.");
    await editNotes(user, grid, 'Patch management for servers', 'Saved after');
    await waitFor(async () =>
      expect(
        (await store.loadEngagement(ENGAGEMENT_ID)).rows.some((r) => r.notes === 'Saved after'),
      ).toBe(true),
    );
    await user.click(within(notSaved).getByRole('button', { name: 'Try again' }));
    await waitFor(async () => expect((await storedRow(store, 'row-10'))?.notes).toBe('Refused'));
    expect(screen.queryByRole('region', { name: 'Changes not saved' })).not.toBeInTheDocument();
  });

  it('issue 13 item 1: Fix corrects a refused change and saves it, keeping a later edit to the same row', async () => {
    const { grid, user, store } = await openMatrix();
    store.failNextCommit(new StoreError('invalid', 'SharePoint refused a value of the row.'));
    await editNotes(user, grid, 'Backup management and testing', 'Refused text');
    const notSaved = await screen.findByRole('region', { name: 'Changes not saved' });

    // A later edit of another field of the same row is saved meanwhile.
    await user.type(
      await openCategoryEdit(user, grid, 'Backup management and testing'),
      'Later{Enter}',
    );
    await waitFor(async () => expect((await storedRow(store, 'row-10'))?.category).toBe('Later'));

    await user.click(within(notSaved).getByRole('button', { name: 'Fix' }));
    const dialog = await screen.findByRole('dialog', { name: /^Fix: / });
    expect(dialog).toHaveTextContent('SharePoint refused a value of the row.');
    const notes = within(dialog).getByRole('textbox', { name: /^The notes/ });
    await user.clear(notes);
    await user.type(notes, 'Fixed text');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(async () => expect((await storedRow(store, 'row-10'))?.notes).toBe('Fixed text'));
    expect((await storedRow(store, 'row-10'))?.category).toBe('Later');
    expect(screen.queryByRole('region', { name: 'Changes not saved' })).not.toBeInTheDocument();
  });

  it('adds a row, validating its name first', async () => {
    const { grid, user, store } = await openMatrix();
    await user.click(screen.getByRole('button', { name: 'Add function' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a function' });
    await user.click(within(dialog).getByRole('button', { name: 'Add function' }));
    expect(within(dialog).getByText('Give the function a name.')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Printer fleet');
    await user.type(within(dialog).getByRole('combobox', { name: /^Category/ }), 'Support');
    const mspRole = within(dialog).getByRole('radiogroup', { name: 'MSP role' });
    await user.click(
      within(mspRole).getByRole('radio', { name: 'Secondary — helps under a condition' }),
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Condition' }), 'Toner orders');
    await user.click(within(dialog).getByRole('button', { name: 'Add function' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const row = await findRow(grid, 'Printer fleet');
    expect(row).toHaveAttribute('aria-current', 'true');
    expect(within(row).getByText('Secondary — Toner orders')).toBeInTheDocument();
    expect(screen.getByText('15 of 15 functions')).toBeInTheDocument();
    await waitFor(async () => {
      const stored = (await store.loadEngagement(ENGAGEMENT_ID)).rows.find(
        (r) => r.name === 'Printer fleet',
      );
      expect(stored).toMatchObject({
        category: 'Support',
        internal: { kind: 'primary' },
        msp: { kind: 'secondary', condition: 'Toner orders' },
        order: 15,
        archived: false,
      });
    });
  });

  it('archives a row and Undo brings it back', async () => {
    const { grid, user, store } = await openMatrix();
    await user.click(
      buttonInRow(grid, 'Email security platform', 'Actions for Email security platform'),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'Archive' }));

    await waitFor(() => expect(renderedIds(grid)).not.toContain('row-7'));
    expect(screen.getByText('13 of 13 functions')).toBeInTheDocument();
    await waitFor(async () => expect((await storedRow(store, 'row-7'))?.archived).toBe(true));

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(renderedIds(grid)).toContain('row-7'));
    await waitFor(async () => expect((await storedRow(store, 'row-7'))?.archived).toBe(false));
  });

  it('lists archived rows and restores one', async () => {
    const { grid, user, store } = await openMatrix();
    await user.click(
      buttonInRow(grid, 'Compliance documentation', 'Actions for Compliance documentation'),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'Archive' }));
    await user.click(screen.getByRole('switch', { name: 'Show archived (1)' }));
    const archived = await screen.findByRole('region', { name: 'Archived functions' });
    await user.click(
      within(archived).getByRole('button', { name: 'Restore Compliance documentation' }),
    );

    await waitFor(() => expect(renderedIds(grid).at(-1)).toBe('row-12'));
    expect(within(archived).getByText('Nothing is archived.')).toBeInTheDocument();
    await waitFor(async () =>
      expect(await storedRow(store, 'row-12')).toMatchObject({ archived: false, order: 15 }),
    );
  });

  it('moves a row up and down from its actions menu', async () => {
    const { grid, user, store } = await openMatrix();
    await user.click(
      buttonInRow(
        grid,
        'On-site visits / hands-on hardware',
        'Actions for On-site visits / hands-on hardware',
      ),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'Move up' }));
    await waitFor(() => expect(renderedIds(grid).slice(0, 3)).toEqual(['row-2', 'row-1', 'row-3']));
    await waitFor(async () => {
      expect((await storedRow(store, 'row-2'))?.order).toBe(1);
      expect((await storedRow(store, 'row-1'))?.order).toBe(2);
    });

    // The first row cannot move further up.
    await user.click(
      buttonInRow(
        grid,
        'On-site visits / hands-on hardware',
        'Actions for On-site visits / hands-on hardware',
      ),
    );
    expect(await screen.findByRole('menuitem', { name: 'Move up' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(screen.getByRole('menuitem', { name: 'Move down' }));
    await waitFor(() => expect(renderedIds(grid).slice(0, 2)).toEqual(['row-1', 'row-2']));
  });

  it('filters by owner and category with a count', async () => {
    const { grid, user } = await openMatrix();
    await user.click(screen.getByRole('combobox', { name: 'Filter by owner' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Joint' }));
    await user.keyboard('{Escape}');

    await waitFor(() => expect(renderedIds(grid)).toEqual(['row-9', 'row-14']));
    expect(screen.getByText(/^2 of 14 functions/)).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Filter by category' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Projects' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(renderedIds(grid)).toEqual(['row-14']));

    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(renderedIds(grid)).toHaveLength(14));
  });

  it('issue 12 item 7: keeps the filters in the URL, so a reload or a shared link shows the same rows', async () => {
    const { grid, user, unmount } = await openMatrix();
    await user.click(screen.getByRole('combobox', { name: 'Filter by owner' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Joint' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(renderedIds(grid)).toEqual(['row-9', 'row-14']));
    await waitFor(() => expect(window.location.hash).toMatch(/[?&]owner=joint\b/));
    const shared = window.location.hash;

    unmount(); // "reload": the app starts again from the address
    window.location.hash = shared;
    const store = await seedCoManaged();
    renderApp({ store, hash: shared });
    const again = await screen.findByTestId('matrix-grid');
    await waitFor(() => expect(renderedIds(again)).toEqual(['row-9', 'row-14']));
    expect(screen.getByText(/^2 of 14 functions/)).toBeInTheDocument();
  });

  it('asks whether a change that makes a row joint was renegotiated, and logs it', async () => {
    const { grid, user, store } = await openMatrix();
    const name = 'Patch management for servers';
    await user.click(buttonInRow(grid, name, `Change Internal IT role of ${name} (now None)`));
    const form = await screen.findByRole('form', { name: `Internal IT role of ${name}` });
    await user.click(within(form).getByRole('radio', { name: 'Primary — owns it' }));
    await user.click(within(form).getByRole('button', { name: 'Apply' }));

    const dialog = await screen.findByRole('dialog', {
      name: `Change the owner of “${name}” from MSP to Joint`,
    });
    await user.click(within(dialog).getByRole('checkbox', { name: /renegotiated/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Agreed at the QBR');
    await user.click(within(dialog).getByRole('button', { name: 'Change owner' }));

    expect(within(await findRow(grid, name)).getByText('Joint')).toBeInTheDocument();
    await waitFor(async () => {
      const { changeLog } = await store.loadEngagement(ENGAGEMENT_ID);
      expect(changeLog).toHaveLength(1);
      expect(changeLog[0]).toMatchObject({
        rowId: 'row-8',
        rowName: name,
        by: 'Test User',
        renegotiated: true,
        reason: 'Agreed at the QBR',
        from: { owner: 'msp' },
        to: { owner: 'joint', internal: { kind: 'primary' }, msp: { kind: 'primary' } },
      });
    });

    // Now joint, the row offers a tie-breaker.
    await user.selectOptions(
      within(await findRow(grid, name)).getByRole('combobox', { name: `Tie-breaker for ${name}` }),
      'msp',
    );
    await waitFor(async () => expect((await storedRow(store, 'row-8'))?.tieBreaker).toBe('msp'));
  });

  it('does not change roles when the ownership dialog is cancelled', async () => {
    const { grid, user, store } = await openMatrix();
    const name = 'User onboarding / offboarding';
    await user.click(buttonInRow(grid, name, `Change MSP role of ${name} (now None)`));
    const form = await screen.findByRole('form', { name: `MSP role of ${name}` });
    await user.click(within(form).getByRole('radio', { name: 'Primary — owns it' }));
    await user.click(within(form).getByRole('button', { name: 'Apply' }));
    const dialog = await screen.findByRole('dialog', { name: /from Internal to Joint/ });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(await findRow(grid, name)).getByText('Internal')).toBeInTheDocument();
    expect((await store.loadEngagement(ENGAGEMENT_ID)).changeLog).toHaveLength(0);
  });

  it('issue 12 item 4: refuses a secondary role without its condition, keeping the form open and saving nothing', async () => {
    const { grid, user, store } = await openMatrix();
    const name = 'Tier 1 helpdesk (passwords, printers, basic Windows)';
    await user.click(
      buttonInRow(grid, name, `Change MSP role of ${name} (now Secondary — Overflow only)`),
    );
    const form = await screen.findByRole('form', { name: `MSP role of ${name}` });
    await user.clear(within(form).getByRole('textbox', { name: /Condition for/ }));
    await user.click(within(form).getByRole('button', { name: 'Apply' }));

    expect(
      await within(form).findByText(
        'A secondary role needs its condition: when does this side step in (for example “Overflow only”)?',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('form', { name: `MSP role of ${name}` })).toBeInTheDocument();
    // The row is unchanged (read from the grid: the open popover hides the rest from role queries).
    expect(grid).toHaveTextContent('Secondary — Overflow only');
    const stored = (await store.loadEngagement(ENGAGEMENT_ID)).rows.find(
      (row) => row.name === name,
    );
    expect(stored?.msp).toEqual({ kind: 'secondary', condition: 'Overflow only' });
  });

  it('saves a role change that moves no work without asking, and logs it', async () => {
    const { grid, user, store } = await openMatrix();
    const name = 'Tier 1 helpdesk (passwords, printers, basic Windows)';
    await user.click(
      buttonInRow(grid, name, `Change MSP role of ${name} (now Secondary — Overflow only)`),
    );
    const form = await screen.findByRole('form', { name: `MSP role of ${name}` });
    const condition = within(form).getByRole('textbox', { name: `Condition for ${name}` });
    await user.clear(condition);
    await user.type(condition, 'Overflow and holidays');
    await user.click(within(form).getByRole('button', { name: 'Apply' }));

    expect(
      await within(await findRow(grid, name)).findByText('Secondary — Overflow and holidays'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(async () => {
      const { changeLog } = await store.loadEngagement(ENGAGEMENT_ID);
      expect(changeLog).toMatchObject([
        {
          rowId: 'row-1',
          renegotiated: false,
          to: { owner: 'internal', msp: { condition: 'Overflow and holidays' } },
        },
      ]);
    });
  });

  it('highlights the row a link points at', async () => {
    const { grid } = await openMatrix('?row=row-11');
    const row = rowOf(grid, 'Vendor management / contracts');
    expect(row).toHaveAttribute('aria-current', 'true');
    expect(grid.querySelectorAll('[aria-current="true"]')).toHaveLength(1);
  });
});
