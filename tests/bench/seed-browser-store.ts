import type { Page } from 'playwright-core';
import type { Engagement } from '../../src/domain/engagement/engagement';

/**
 * Writes an engagement straight into the page's IndexedDB in the local adapter's layout
 * (src/adapters/local/indexeddb-store.ts header), so benchmarks can open a 2,000-row matrix
 * without clicking 2,000 rows in. The app must have opened the database once before.
 */
export async function seedEngagement(page: Page, engagement: Engagement): Promise<void> {
  await page.evaluate(async (data: Engagement) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tandem');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['engagements', 'rows', 'meta'], 'readwrite');
    let version = 1_000_000;
    tx.objectStore('engagements').put({
      id: data.id,
      profile: data.profile,
      version: ++version,
      createdSeq: version,
    });
    for (const row of data.rows) {
      tx.objectStore('rows').put({
        engagementId: data.id,
        id: row.id,
        version: ++version,
        record: row,
      });
    }
    tx.objectStore('meta').put(version, 'lastVersion');
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, engagement);
}
