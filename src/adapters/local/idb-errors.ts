import { StoreError } from '../../ports/engagement-store';

const errorName = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : undefined;

/**
 * The port lets callers see `StoreError` only, so every IndexedDB failure is translated here into
 * a code the UI can act on and a sentence a person can act on. `action` completes "Couldn't …".
 */
export function toStoreError(error: unknown, action: string): StoreError {
  if (error instanceof StoreError) return error;
  const name = errorName(error);
  const fail = (code: StoreError['code'], why: string) =>
    new StoreError(code, `Couldn't ${action}: ${why}`, [], { cause: error });
  switch (name) {
    case 'QuotaExceededError':
      return fail(
        'quota-exceeded',
        'this browser has no storage space left for Tandem. Free some space (or export and delete an old engagement), then try again.',
      );
    case 'BlockedError':
      return fail(
        'unavailable',
        'Tandem is open in another tab of this browser, which keeps the local data at an older version. Close Tandem in your other tabs, then try again.',
      );
    case 'VersionError':
      return fail(
        'unavailable',
        'this browser holds Tandem data saved by a newer version of the app. Reload the tab to get that version.',
      );
    // The data itself can't be stored (a value that can't be cloned, an id that isn't a valid key).
    case 'DataCloneError':
    case 'DataError':
      return fail('invalid', 'the data contains a value that cannot be stored.');
    default:
      return fail(
        'unavailable',
        `this browser's local storage (IndexedDB) isn't available${name ? ` (${name})` : ''}. Reload the tab and try again; private windows may have local storage switched off.`,
      );
  }
}
