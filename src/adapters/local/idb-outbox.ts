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
const CLAIM_RETRIES = 2;
const CLAIM_RETRY_MS = 300;

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
      /**
       * This session's own lock, held while it lives. Taken again if the session keeps work after
       * it was closed (React's development mode starts, stops and starts effects once), so a slot
       * with work is never left without its lock while its tab is open.
       */
      let own: 'none' | 'requested' | 'held' = 'none';
      let releaseOwn: () => void = () => {};
      const hold = () => {
        if (!locks || own !== 'none') return;
        own = 'requested';
        void locks.request(
          lockName(id),
          {},
          () =>
            new Promise<void>((release) => {
              if (own !== 'requested') return release(); // closed before it was granted
              own = 'held';
              releaseOwn = release;
            }),
        );
      };
      const letGo = () => {
        if (own === 'held') releaseOwn();
        own = 'none';
      };
      hold();
      /** Claimed slots, removed by the next write of this slot; their locks held until then. */
      let claimed: { id: string; release: () => void }[] = [];
      let writes: Promise<void> = Promise.resolve();
      /**
       * The session stopped: what a claim still under way takes is let go at once. A session can
       * start again (React runs effects again when a view is shown again): it then revives.
       */
      let closed = false;
      let claims = 0;
      const revive = () => {
        closed = false;
        hold();
      };

      const write = (work: unknown) => {
        if (work !== null) revive();
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
          revive();
          // Only the latest claim of a session counts: an earlier one still under way (the
          // session stopped and started again) lets go of what it takes.
          const claim = ++claims;
          const stale = () => closed || claim !== claims;
          try {
            const all = await (await database()).getAllFromIndex('slots', 'scope', scope);
            let waiting = all
              .filter((entry) => entry.id !== id)
              .sort((a, b) => a.createdAt - b.createdAt);
            const works: unknown[] = [];
            const held: { id: string; release: () => void }[] = [];
            // A slot whose lock is taken belongs to a live session — or to one of this tab that
            // is just ending (a view remounting), whose claim is let go within moments: look again
            // briefly before leaving it to its owner.
            for (let attempt = 0; attempt <= CLAIM_RETRIES && waiting.length > 0; attempt += 1) {
              if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, CLAIM_RETRY_MS));
              const busy: SlotEntry[] = [];
              for (const entry of waiting) {
                const taken = await take(entry.id);
                if (taken === 'busy') busy.push(entry);
                else if (taken) {
                  held.push(taken.claim);
                  works.push(taken.work);
                }
              }
              waiting = busy;
            }
            if (stale()) {
              // Not this session's any more: left, untouched, for the claim that counts.
              held.forEach((claimed) => claimed.release());
              return [];
            }
            claimed.push(...held);
            return works;
          } catch {
            return [];
          }
        },
        keep: write,
        close() {
          closed = true;
          void writes.finally(() => {
            if (!closed) return; // started again meanwhile: the slot is in use
            // Claimed but not yet taken into this slot (the session ended first): left for the
            // next session, which can take their locks now.
            for (const slot of claimed) slot.release();
            claimed = [];
            letGo();
          });
        },
      };

      /** The slot's work, if its session has gone; its lock is held until `release`. */
      async function take(
        slotId: string,
      ): Promise<{ work: unknown; claim: { id: string; release: () => void } } | 'busy' | null> {
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
              if (!lock) return resolve('busy');
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
