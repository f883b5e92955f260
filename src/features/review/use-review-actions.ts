import { useCallback, useMemo } from 'react';
import {
  addDecision,
  createReview,
  editDecision,
  isFullySigned,
  markFindingDiscussed,
  recordPost,
  removeDecision,
  renewReview,
  setNextReviewDate,
  signOff,
  type ReviewResult,
} from '../../domain/review/review';
import { type Review, type ReviewPost, type SignOff } from '../../domain/review/review-record';
import type { Side } from '../../domain/matrix/roles';
import { withoutVersion } from '../../ports/engagement-store';
import type { EditIntent } from '../../application/session/edit-intent';
import { useOpenEngagement } from '../shared/engagement-context';
import { useServices } from '../shared/services-context';
import { useUndoToast } from '../shared/use-undo-toast';
import { engagementForReview, latestReview, SIDE_LABELS } from './review-model';

const put = (review: Review): EditIntent => ({
  kind: 'put',
  collection: 'reviews',
  record: withoutVersion(review),
});

/**
 * The review flow's user actions, each saved as one commit. Edits go through the pure domain
 * (src/domain/review.ts) first and return its result, so the UI shows the domain's message when one
 * is refused and nothing is saved.
 */
export function useReviewActions() {
  const { engagement, save } = useOpenEngagement();
  const { today, newId } = useServices();
  const showUndo = useUndoToast();

  const saveResult = useCallback(
    (result: ReviewResult, label: string, extra: readonly EditIntent[] = []) => {
      if (result.ok) save({ label, intents: [put(result.review), ...extra] });
      return result;
    },
    [save],
  );

  return useMemo(
    () => ({
      /** A new draft of the engagement as it stands, diffed against the latest review. */
      start(): Review {
        const review = createReview({
          id: newId(),
          engagement: engagementForReview(engagement),
          date: today(),
          previous: latestReview(engagement.reviews),
        });
        save({ label: `Started the ${review.quarter} review`, intents: [put(review)] });
        return review;
      },

      /** Takes a new snapshot for a draft nobody signed, keeping its decisions and next date. */
      refresh(draft: Review): ReviewResult {
        const fresh = createReview({
          id: draft.id,
          engagement: engagementForReview(engagement),
          date: today(),
          previous: latestReview(engagement.reviews, draft.id),
        });
        return saveResult(
          renewReview(draft, fresh),
          `New snapshot for the ${draft.quarter} review`,
        );
      },

      discard(draft: Review) {
        const label = `Discarded the ${draft.quarter} review draft`;
        save({ label, intents: [{ kind: 'delete', collection: 'reviews', id: draft.id }] });
        showUndo(label, () =>
          save({ label: `Restored the ${draft.quarter} review draft`, intents: [put(draft)] }),
        );
      },

      addDecision(review: Review, text: string, owner: Side | null): ReviewResult {
        return saveResult(
          addDecision(review, { id: newId(), text, owner }),
          'Recorded a review decision',
        );
      },

      editDecision(
        review: Review,
        decisionId: string,
        text: string,
        owner: Side | null,
      ): ReviewResult {
        return saveResult(
          editDecision(review, decisionId, { text, owner }),
          'Edited a review decision',
        );
      },

      /** Removes a decision; Undo puts the review back as it was. */
      removeDecision(review: Review, decisionId: string): ReviewResult {
        const label = 'Removed a review decision';
        const result = saveResult(removeDecision(review, decisionId), label);
        if (result.ok)
          showUndo(label, () =>
            save({ label: 'Restored a review decision', intents: [put(review)] }),
          );
        return result;
      },

      markFindingDiscussed(review: Review, findingId: string, discussed: boolean): ReviewResult {
        return saveResult(
          markFindingDiscussed(review, findingId, discussed),
          discussed ? 'Marked a finding as discussed' : 'Unmarked a discussed finding',
        );
      },

      setNextReviewDate(review: Review, date: string): ReviewResult {
        return saveResult(setNextReviewDate(review, date), 'Set the next review date');
      },

      /**
       * Signs for `side`. The second signature also sets the profile's last review date (the
       * health check's scope-creep window starts there) in the same commit.
       */
      sign(review: Review, side: Side, signer: SignOff): ReviewResult {
        const result = signOff(review, side, signer);
        const label = `${SIDE_LABELS[side]} signed the ${review.quarter} review`;
        if (!result.ok || !isFullySigned(result.review)) return saveResult(result, label);
        const profile = withoutVersion(engagement.profile);
        const lastReviewDate =
          profile.lastReviewDate && profile.lastReviewDate > review.date
            ? profile.lastReviewDate
            : review.date;
        return saveResult(result, label, [
          { kind: 'put-profile', profile: { ...profile, lastReviewDate } },
        ]);
      },

      recordPost(review: Review, post: ReviewPost): ReviewResult {
        return saveResult(
          recordPost(review, post),
          `Posted the ${review.quarter} review to the channel`,
        );
      },
    }),
    [engagement, newId, save, saveResult, showUndo, today],
  );
}
