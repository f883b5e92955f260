import { describe, expect, it, vi } from 'vitest';
import { useState, type ReactNode } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Field, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PRIMARY } from '../../src/domain/matrix/roles';
import { AppToaster, toasterPart } from '../../src/features/shared/AppToaster';
import { onDemand, prefetch } from '../../src/features/shared/on-demand';
import { useUndoToast } from '../../src/features/shared/use-undo-toast';
import { InlineTextEdit } from '../../src/features/matrix/InlineTextEdit';
import { LazyFilterDropdown } from '../../src/features/matrix/LazyFilterDropdown';
import { LazyRoleCell, roleCellPart } from '../../src/features/matrix/LazyRoleCell';
import {
  LazyRowActionsMenu,
  rowActionsMenuPart,
} from '../../src/features/matrix/LazyRowActionsMenu';
import {
  engagementSwitcherPart,
  LazyEngagementSwitcher,
} from '../../src/shell/LazyEngagementSwitcher';
import { withJsdomLayout } from './jsdom-layout';

/**
 * The controls whose code loads on demand, before that code is here: each shows a stand-in that is
 * named like the real control, and the first activation opens the real one with focus where the
 * real trigger would have put it. Modules are fresh per test file, so every part below starts
 * unloaded (each test uses a different one); nothing here prefetches after paint.
 */

withJsdomLayout();

function renderInFluent(ui: ReactNode) {
  const user = userEvent.setup();
  return { user, ...render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>) };
}

describe('controls loaded on demand', () => {
  it('opens the row menu on the first Enter and focuses its first item, then returns focus', async () => {
    const onMove = vi.fn();
    const { user } = renderInFluent(
      <LazyRowActionsMenu
        rowName="Backup"
        canMoveUp
        canMoveDown
        onMove={onMove}
        onArchive={() => {}}
      />,
    );
    expect(rowActionsMenuPart.current()).toBeUndefined();
    const trigger = screen.getByRole('button', { name: 'Actions for Backup' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    trigger.focus();
    await user.keyboard('{Enter}');

    const first = await screen.findByRole('menuitem', { name: 'Move up' });
    await waitFor(() => expect(first).toHaveFocus());
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onMove).toHaveBeenCalledWith('down');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Actions for Backup' })).toHaveFocus(),
    );
  });

  it('hands focus from a stand-in to the real trigger when its code arrives', async () => {
    renderInFluent(
      <LazyRoleCell side="internal" role={PRIMARY} rowName="Backup" onApply={() => {}} />,
    );
    const name = 'Change Internal IT role of Backup (now Primary)';
    const standIn = screen.getByRole('button', { name });
    standIn.focus();
    expect(roleCellPart.current()).toBeUndefined();
    await act(() => roleCellPart.load());

    const real = screen.getByRole('button', { name });
    expect(real).not.toBe(standIn);
    expect(real).toHaveFocus();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('opens the engagement menu on ArrowDown at the stand-in', async () => {
    const { user } = renderInFluent(
      <LazyEngagementSwitcher
        currentId="e1"
        summaries={[{ id: 'e1', customer: 'Contoso', mspName: 'Fabrikam' } as never]}
        onOpen={() => {}}
        onCreate={() => {}}
      />,
    );
    expect(engagementSwitcherPart.current()).toBeUndefined();
    screen.getByRole('button', { name: 'Engagements' }).focus();
    await user.keyboard('{ArrowDown}');
    const current = await screen.findByRole('menuitemradio', { name: 'Contoso · Fabrikam' });
    await waitFor(() => expect(current).toHaveFocus());
    expect(current).toHaveAttribute('aria-checked', 'true');
  });

  it('names the filter stand-in by its field and opens the listbox on the first click', async () => {
    function Filter() {
      const [selected, setSelected] = useState<string[]>([]);
      const options = [
        { value: 'msp', label: 'MSP' },
        { value: 'joint', label: 'Joint' },
      ];
      const labels = selected.map((value) => options.find((o) => o.value === value)?.label);
      return (
        <Field label="Filter by owner">
          <LazyFilterDropdown
            placeholder="All owners"
            value={labels.join(', ')}
            options={options}
            selected={selected}
            onChange={setSelected}
          />
        </Field>
      );
    }
    const { user } = renderInFluent(<Filter />);
    const standIn = screen.getByRole('combobox', { name: 'Filter by owner' });
    expect(standIn).toHaveTextContent('All owners');
    expect(standIn).toHaveAttribute('aria-expanded', 'false');
    await user.click(standIn);

    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Joint' }));
    await user.keyboard('{Escape}');
    const real = screen.getByRole('combobox', { name: 'Filter by owner' });
    expect(real).toHaveTextContent('Joint');
    expect(real).toHaveFocus();
  });

  it('opens the text box on the first edit, with focus', async () => {
    const onCommit = vi.fn();
    const { user } = renderInFluent(
      <InlineTextEdit
        value="Backup"
        editLabel="Rename Backup"
        inputLabel="New name for Backup"
        onCommit={onCommit}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Rename Backup' }));
    const input = await screen.findByRole('textbox', { name: 'New name for Backup' });
    expect(input).toHaveFocus();
    await user.type(input, ' jobs{Enter}');
    expect(onCommit).toHaveBeenCalledWith('Backup jobs');
    expect(screen.getByRole('button', { name: 'Rename Backup' })).toHaveFocus();
  });

  it('shows an undo toast posted before the toaster’s code arrived', async () => {
    const undo = vi.fn();
    function Archive() {
      const showUndo = useUndoToast();
      return <button onClick={() => showUndo('Archived Backup', undo)}>Archive</button>;
    }
    const { user } = renderInFluent(
      <>
        <Archive />
        <AppToaster />
      </>,
    );
    expect(toasterPart.current()).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Archive' }));

    expect(await screen.findByText('Archived Backup')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('fetches a part again after a failed fetch', async () => {
    // A part whose first fetch fails, as on a flaky connection.
    let attempts = 0;
    const part = onDemand(async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return { value: 42 };
    });
    await expect(part.load()).rejects.toThrow('offline');
    expect(part.current()).toBeUndefined();
    prefetch(part);
    await waitFor(() => expect(part.current()).toEqual({ value: 42 }));
    expect(attempts).toBe(2);
  });
});
