import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { EngagementStore } from '../../src/ports/engagement-store';
import { ServicesProvider, type AppServices } from '../../src/features/shared/services-context';
import { AppRoot } from '../../src/shell/AppRoot';
import { createMemoryStore, type MemoryStore } from '../fakes/memory-store';

/**
 * Renders the whole app over fakes, as the composition root would, with a fixed clock and
 * predictable ids so assertions can name them.
 */
export function renderApp(
  options: { store?: EngagementStore; today?: string; hash?: string } = {},
) {
  const store = options.store ?? createMemoryStore();
  let nextId = 0;
  const today = options.today ?? '2026-11-27';
  const services: AppServices = {
    store,
    now: () => `${today}T12:00:00.000Z`,
    today: () => today,
    newId: () => `id-${++nextId}`,
    userName: () => 'Test User',
  };
  window.location.hash = options.hash ?? '';
  const user = userEvent.setup();
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services}>
        <AppRoot />
      </ServicesProvider>
    </FluentProvider>,
  );
  return { ...utils, user, store: store as MemoryStore, services };
}
