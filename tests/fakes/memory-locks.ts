import type { LockManagerLike } from '../../src/adapters/local/idb-outbox';

/**
 * The Web Locks API (navigator.locks) for tests, shared by several "tabs" of one browser: a lock is
 * exclusive; `ifAvailable` gets `null` when it is held; a tab that closes lets go of every lock it
 * holds, as the browser does (docs/platform.md#web-locks). Waiting for a held lock is not needed by
 * Tandem and is refused here rather than imitated.
 */
export function createLockRegistry() {
  const held = new Map<string, object>();
  return {
    /** One tab's `navigator.locks`, and the tab's closing. */
    tab(): LockManagerLike & { close(): void } {
      const tab = {};
      let open = true;
      return {
        async request(name, options, callback) {
          if (!open) throw new Error('This tab is closed.');
          if (held.has(name)) {
            if (options.ifAvailable) return callback(null);
            throw new Error(`The fake does not queue for the held lock ${name}.`);
          }
          held.set(name, tab);
          try {
            return await callback({ name });
          } finally {
            if (held.get(name) === tab) held.delete(name);
          }
        },
        close() {
          open = false;
          for (const [name, owner] of held) if (owner === tab) held.delete(name);
        },
      };
    },
    isHeld: (name: string) => held.has(name),
  };
}
