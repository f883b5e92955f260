/**
 * Where a session keeps the changes the store has not confirmed yet, so that closing the tab (or
 * Teams) does not lose them: the next session of the same engagement, for the same user, takes them
 * over and sends them (application/session/pending-work.ts).
 *
 * Intent: durable, per user and engagement, one slot per open session; a slot left behind by a
 * session that has gone (its tab closed) is handed to exactly one later session. Errors: a slot
 * never throws at its caller — a browser that cannot store (private mode, storage blocked) keeps
 * nothing, and the session then behaves as without an outbox.
 */

export interface OutboxSlot {
  /**
   * What sessions that have since gone left unsent for this engagement, oldest first. Each is
   * handed out once: it is removed from the outbox once this session has kept it in its own slot.
   */
  claimLeftBehind(): Promise<readonly unknown[]>;
  /**
   * Replace this session's unsent work (a JSON-safe value); `null`: nothing is waiting. Writes are
   * queued in order; the newest wins.
   */
  keep(work: unknown): void;
  /** The session ends: what is kept stays for the next session; the slot is let go. */
  close(): void;
}

export interface Outbox {
  /** A slot for one session of `engagementId`. */
  open(engagementId: string): OutboxSlot;
}
