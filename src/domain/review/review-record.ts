import type { CommChannel } from '../registers/channel-register';
import type { Finding } from '../health/finding';
import type { FunctionRow } from '../matrix/function-row';
import type { Lead } from '../engagement/profile';
import type { ReviewDiff, ScopeCreepEntry } from './review-diff';
import type { Side } from '../matrix/roles';
import type { Tool } from '../registers/tool-register';

/**
 * A quarterly responsibility-matrix review as stored: a dated snapshot of the rows, tools and
 * channels with the health findings of that day, what changed since the previous review, the
 * decisions taken and the two leads' sign-off. Plain JSON, so a store can persist it as is. The
 * rules that make and change reviews are in review.ts.
 */

export interface ReviewSnapshot {
  readonly rows: readonly FunctionRow[];
  readonly tools: readonly Tool[];
  readonly channels: readonly CommChannel[];
  readonly findings: readonly Finding[];
}

export interface ReviewDecision {
  readonly id: string;
  readonly text: string;
  /** The side that carries the decision out, when one does. */
  readonly owner: Side | null;
}

export interface SignOff {
  readonly name: string;
  readonly upn: string;
  /** ISO timestamp, supplied by the caller. */
  readonly at: string;
  /**
   * What this lead consented to: the review's content fingerprint when they signed
   * (review.ts `reviewFingerprint`). Absent on signatures made before fingerprints existed.
   */
  readonly fingerprint?: string;
}

/** The channel message a review's summary was posted as (the last one, when posted again). */
export interface ReviewPost {
  readonly messageId: string;
  /** ISO timestamp Teams gave the message. */
  readonly postedAt: string;
  /** Link to the message in Teams, when Teams returned one. */
  readonly webUrl: string | null;
}

export interface Review {
  readonly id: string;
  readonly engagementId: string;
  /** ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** "2026 Q4", from `date`. */
  readonly quarter: string;
  /** The leads as they were when the review was made; only they can sign it. */
  readonly leads: { readonly internal: Lead; readonly msp: Lead };
  readonly snapshot: ReviewSnapshot;
  readonly previousReviewId: string | null;
  /** Changes since the previous review; against an empty matrix for the first review. */
  readonly diff: ReviewDiff;
  /** Change-log moves toward the MSP since the previous review (or the start) up to `date`. */
  readonly scopeCreep: readonly ScopeCreepEntry[];
  readonly decisions: readonly ReviewDecision[];
  readonly signOffs: { readonly internal: SignOff | null; readonly msp: SignOff | null };
  /** ISO `YYYY-MM-DD`; by default one quarter after `date`. */
  readonly nextReviewDate: string;
  /** Set once the summary is posted to the channel; absent before (and on older records). */
  readonly post?: ReviewPost;
  /**
   * Ids of the snapshot's findings the leads ticked as discussed while walking them (optional:
   * reviews made before this existed have none). Part of the record, so both leads see the same.
   */
  readonly discussedFindingIds?: readonly string[];
  /**
   * Set when the stored review could not be read whole — someone edited its list item outside
   * Tandem and broke its JSON: only its quarter and dates are known. It says so, with the record's
   * id, wherever the review is shown; such a review cannot be changed (signed records never change
   * silently).
   */
  readonly damage?: string;
}
