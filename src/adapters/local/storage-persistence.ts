/**
 * Local mode keeps everything in IndexedDB, which the browser may evict under storage pressure
 * unless the site's storage is persistent. Ask for it once (`navigator.storage.persist()`: some
 * browsers decide by themselves, Firefox asks the user) and report the answer, so the app can say
 * when the data is at risk. https://developer.mozilla.org/docs/Web/API/StorageManager/persist
 */
export type Persistence = 'persisted' | 'refused' | 'unsupported';

type Storage = Pick<StorageManager, 'persist' | 'persisted'>;

export async function askPersistentStorage(
  storage: Storage | undefined = globalThis.navigator?.storage,
): Promise<Persistence> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'refused';
  }
}
