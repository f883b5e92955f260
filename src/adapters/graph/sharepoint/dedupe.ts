/**
 * A create answered with 503/504 and then retried may have run twice (the gateway gave up while
 * SharePoint went on). After such a create, look the record up by its indexed RecordId, keep the
 * first item and delete the others, so a record is never stored twice.
 */
import type { ListItem } from '@microsoft/microsoft-graph-types';
import { runBatches } from '../http/batch';
import { fieldsOf } from './fields';
import { firstItem, refOf, type ItemRef, type StoreContext } from './index';
import { itemsWhere, queryAll } from './read';
import { deleteItem } from './requests';
import type { ListKey } from './schema';

export interface CreatedStep {
  readonly target: string;
  readonly list: ListKey;
}

export async function dedupeCreated(
  ctx: StoreContext,
  engagementId: string,
  created: readonly CreatedStep[],
): Promise<Map<string, ItemRef>> {
  const kept = new Map<string, ItemRef>();
  if (created.length === 0) return kept;
  const found = await queryAll(
    ctx.sender,
    created.map(({ target, list }) =>
      itemsWhere(ctx, list, 'RecordId', target.slice(target.indexOf('/') + 1)),
    ),
  );
  const extras: { list: ListKey; item: ListItem }[] = [];
  created.forEach(({ target, list }, index) => {
    const mine = found[index]!.filter((item) => fieldsOf(item)['EngagementId'] === engagementId);
    const first = firstItem(mine);
    if (!first) return;
    kept.set(target, refOf(first));
    for (const item of mine) if (item !== first) extras.push({ list, item });
  });
  // DELETE /sites/{site-id}/lists/{list-id}/items/{item-id} for each extra copy.
  await runBatches(
    ctx.sender,
    extras.map(({ list, item }) =>
      deleteItem(ctx.site.siteId, ctx.site.lists[list], String(item.id)),
    ),
  );
  return kept;
}
