import { createSharePointStore } from '../../src/adapters/graph/sharepoint/store';
import { createGraphEmulator } from '../fakes/graph-emulator/index';
import { clientFor } from '../fakes/graph-emulator/test-harness';
import { runEngagementStoreContract } from './engagement-store.contract';

// One emulated tenant for the whole suite (the contract's ids are unique per run); every test gets
// a fresh store, which finds the site and the lists on first use like a new tab would.
const graph = createGraphEmulator({ seed: 7 });
graph.addGroupSite('contract-group');
const client = clientFor(graph);

runEngagementStoreContract('SharePoint store on the Graph emulator', () =>
  createSharePointStore({
    client,
    site: { groupId: 'contract-group' },
    sleep: async () => {},
  }),
);
