import { describe, expect, it } from 'vitest';
import { createReview } from '../../../../src/domain/review/review';
import { type Review } from '../../../../src/domain/review/review-record';
import { NONE, PRIMARY } from '../../../../src/domain/matrix/roles';
import type { StoredEngagement } from '../../../../src/ports/engagement-store';
import {
  engagementForReview,
  latestReview,
  reviewsNewestFirst,
} from '../../../../src/features/review/review-model';
import { makeEngagement, makeRow } from '../../support/arbitraries';

const engagement = makeEngagement({
  rows: [makeRow({ id: 'a', order: 1, internal: PRIMARY, msp: NONE })],
});
const review = (id: string, date: string, previous: Review | null = null) =>
  createReview({ id, engagement, date, previous });
const versioned = (r: Review) => ({ ...r, version: `v-${r.id}` });

describe('review ordering', () => {
  it('puts the newest date first', () => {
    const reviews = [
      review('a', '2026-05-01'),
      review('b', '2026-11-01'),
      review('c', '2026-08-01'),
    ];
    expect(reviewsNewestFirst(reviews).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('on the same day puts the review made after the other first, whatever the ids', () => {
    const first = review('z', '2026-11-01');
    const second = review('a', '2026-11-01', first);
    expect(reviewsNewestFirst([first, second]).map((r) => r.id)).toEqual(['a', 'z']);
    expect(reviewsNewestFirst([second, first]).map((r) => r.id)).toEqual(['a', 'z']);
  });

  it('finds the latest review without its store version, skipping the one being refreshed', () => {
    const older = versioned(review('old', '2026-05-01'));
    const draft = versioned(review('draft', '2026-11-01'));
    expect(latestReview([older, draft])).toEqual(review('draft', '2026-11-01'));
    expect(latestReview([older, draft], 'draft')).toEqual(review('old', '2026-05-01'));
    expect(latestReview([])).toBeNull();
  });
});

describe('engagementForReview', () => {
  it('drops the store versions so a snapshot never carries them', () => {
    const stored = {
      id: 'e1',
      profile: { ...engagement.profile, version: 'p1' },
      rows: engagement.rows.map((r) => ({ ...r, version: 'r1' })),
      tools: [],
      channels: [],
      changeLog: [],
      milestones: [],
      day90Checks: [],
      plannerLinks: [],
      reviews: [],
    } satisfies StoredEngagement;
    const plain = engagementForReview(stored);
    expect(plain.profile).not.toHaveProperty('version');
    expect(plain.rows[0]).not.toHaveProperty('version');
    expect(plain.rows).toEqual(engagement.rows);
  });
});
