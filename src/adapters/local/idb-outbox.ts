/**
 * The outbox (ports/outbox.ts) in this browser's IndexedDB, database `tandem-outbox`, store
 * `slots`: one entry per open session, `{ id, scope, createdAt, work }`, indexed by `scope`
 * (tenant, user and engagement: one person's unsent work is never handed to another's session).
 *
 * Which slots are left behind: each session holds a Web Lock named after its slot for as long as
 * it lives (the browser lets go of it when the tab closes or crashes —
 * docs/platform.md#web-locks). A slot whose lock can be taken at once belongs to a session that has
 * gone. The claimant holds that lock until the slot's work is in its own slot — one transaction
 * writes its slot and deletes the claimed ones — so two new tabs never take the same work. Without
 * Web Locks (old browsers) every other slot counts as left behind: the stricter reading for not
 * losing edits; work sent twice is recognised by the session (pending-work.ts) and by the stores.
 *
 * Storage failures are swallowed (the port's promise): a browser that cannot store keeps nothing.
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { Outbox, OutboxSlot } from '../../ports/outbox';

interface SlotEntry {
  readonly id: string;
  readonly scope: string;
  readonly createdAt: number;
  readonly work: unknown;
}

interface OutboxSchema extends DBSchema {
  slots: { key: string; value: SlotEntry; indexes: { scope: string } };
}

/** The part of the Web Locks API used here (navigator.locks). */
export interface LockManagerLike {
  request<T>(
    name: string,
    options: { ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<T> | T,
  ): Promise<T>;
}

export interface IdbOutboxOptions {
  /** Whose outbox: tenant and user (never shared between people on one browser). */
  readonly owner: string;
  readonly dbName?: string;
  readonly indexedDB?: IDBFactory;
  /** Defaults to `navigator.locks` where the browser has it. */
  readonly locks?: LockManagerLike | null;
  readonly newId?: () => string;
  readonly now?: () => number;
}

export const OUTBOX_DB_NAME = 'tandem-outbox';
const lockName = (slotId: string) => `tandem-outbox:${slotId}`;

function defaultLocks(): LockManagerLike | null {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return (locks as LockManagerLike | undefined) ?? null;
}

export function createIdbOutbox(options: IdbOutboxOptions): Outbox {
  const {
    owner,
    dbName = OUTBOX_DB_NAME,
    locks = defaultLocks(),
    newId = () => crypto.randomUUID(),
    now = () => Date.now(),
  } = options;
  let db: Promise<IDBPDatabase<OutboxSchema>> | null = null;
  const database = () => (db ??= openOutboxDb(options.indexedDB ?? indexedDB, dbName));

  return {
    open(engagementId) {
      const scope = JSON.stringify([owner, engagementId]);
      const id = newId();
      const createdAt = now();
      let releaseOwnLock: () => void = () => {};
      void locks?.request(lockName(id), {}, () => new Promise<void>((r) => (releaseOwnLock = r)));
      /** Claimed slots, removed by the next write of this slot; their locks held until then. */
      let claimed: { id: string; release: () => void }[] = [];
      let writes: Promise<void> = Promise.resolve();

      const write = (work: unknown) => {
        const taken = claimed;
        claimed = [];
        writes = writes
          .then(async () => {
            const tx = (await database()).transaction('slots', 'readwrite');
            const slots = tx.objectStore('slots');
            if (work === null) await slots.delete(id);
            else await slots.put({ id, scope, createdAt, work });
            for (const slot of taken) await slots.delete(slot.id);
            await tx.done;
          })
          .catch(() => {})
          .finally(() => taken.forEach((slot) => slot.release()));
      };

      const slot: OutboxSlot = {
        async claimLeftBehind() {
          try {
            const all = await (await database()).getAllFromIndex('slots', 'scope', scope);
            const others = all
              .filter((entry) => entry.id !== id)
              .sort((a, b) => a.createdAt - b.createdAt);
            const works: unknown[] = [];
            for (const entry of others) {
              const taken = await take(entry.id);
              if (!taken) continue;
              claimed.push(taken.claim);
              works.push(taken.work);
            }
            return works;
          } catch {
            return [];
          }
        },
        keep: write,
        close() {
          void writes.finally(() => releaseOwnLock());
        },
      };

      /** The slot's work, if its session has gone; its lock is held until `release`. */
      async function take(
        slotId: string,
      ): Promise<{ work: unknown; claim: { id: string; release: () => void } } | null> {
        const read = async () => (await (await database()).get('slots', slotId))?.work;
        if (!locks) {
          const work = await read();
          return work === undefined ? null : { work, claim: { id: slotId, release: () => {} } };
        }
        let release: () => void = () => {};
        const held = new Promise<void>((r) => (release = r));
        return new Promise((resolve, reject) => {
          locks
            .request(lockName(slotId), { ifAvailable: true }, async (lock) => {
              if (!lock) return resolve(null);
              // Read again under the lock: another session may have taken it meanwhile.
              const work = await read();
              if (work === undefined) return resolve(null);
              resolve({ work, claim: { id: slotId, release } });
              await held;
            })
            .catch(reject);
        });
      }
      return slot;
    },
  };
}

function openOutboxDb(factory: IDBFactory, name: string): Promise<IDBPDatabase<OutboxSchema>> {
  const request = factory.open(name, 1);
  request.addEventListener('upgradeneeded', () => {
    request.result.createObjectStore('slots', { keyPath: 'id' }).createIndex('scope', 'scope');
  });
  return wrap(request) as unknown as Promise<IDBPDatabase<OutboxSchema>>;
}
