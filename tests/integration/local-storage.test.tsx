import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PersistenceNotice } from '../../src/app/PersistenceNotice';
import { createMemoryStore } from '../fakes/memory-store';
import { renderApp } from './render-app';

describe('issue 13 item 8: the local store behaves like a real database', () => {
  it('says when the browser refuses persistent storage, and the notice can be dismissed', async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <PersistenceNotice ask={async () => 'refused'} />
      </FluentProvider>,
    );
    expect(await screen.findByText(/did not give Tandem persistent storage/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/did not give Tandem persistent storage/)).not.toBeInTheDocument();

    // Remembered: the next load does not show it again.
    const asked: string[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <PersistenceNotice
          ask={async () => {
            asked.push('refused');
            return 'refused';
          }}
        />
      </FluentProvider>,
    );
    await expect.poll(() => asked.length).toBe(1);
    expect(screen.queryByText(/did not give Tandem persistent storage/)).not.toBeInTheDocument();
    window.localStorage.clear();
  });

  it('shows nothing when storage is persistent', async () => {
    let asked = false;
    render(
      <FluentProvider theme={webLightTheme}>
        <PersistenceNotice
          ask={async () => {
            asked = true;
            return 'persisted';
          }}
        />
      </FluentProvider>,
    );
    await expect.poll(() => asked).toBe(true);
    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
  });

  it('starts clean when the address names an engagement this browser no longer holds (storage cleared)', async () => {
    renderApp({ store: createMemoryStore(), hash: '#/e/cleared-away/matrix' });
    expect(
      await screen.findByRole('heading', { name: 'Start a co-managed engagement' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/not stored in this browser/)).not.toBeInTheDocument();
  });
});
