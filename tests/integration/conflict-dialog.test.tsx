/** The conflict dialog as a person reads it (issue 12 item 8: it doubled the quotes of a label). */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ConflictDialog } from '../../src/shell/ConflictDialog';

describe('conflict dialog', () => {
  it('names the change once, without doubled quotes, and shows both values', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <ConflictDialog
          onResolve={() => undefined}
          sync={{
            status: 'conflict',
            pending: 1,
            message: 'Changed elsewhere.',
            action: { label: 'Updated “On-site visits / hands-on hardware”', intents: [] },
            conflicts: [],
            plan: {
              clean: false,
              merges: [
                {
                  conflict: { collection: 'rows', id: 'r1', current: null },
                  label: 'On-site visits / hands-on hardware',
                  fields: [{ field: 'notes', mine: 'Weekly', theirs: 'Monthly' }],
                  keepMine: null,
                  takeTheirs: null,
                },
              ],
            },
          }}
        />
      </FluentProvider>,
    );
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent(
      'Updated “On-site visits / hands-on hardware” could not be saved as it was',
    );
    expect(dialog.textContent).not.toMatch(/““|””/);
    expect(dialog).toHaveTextContent('Weekly');
    expect(dialog).toHaveTextContent('Monthly');
  });
});
