import { describe, expect, it } from 'vitest';
import { PRIMARY, NONE } from '../../../../src/domain/matrix/roles';
import {
  addDecision,
  createReview,
  isFullySigned,
  recordPost,
  signOff,
} from '../../../../src/domain/review/review';
import { makeEngagement, makeProfile, makeRow } from '../../support/arbitraries';
import { IAN, MEGAN, ok } from '../../support/review-fixtures';

const draft = createReview({
  id: 'rev-1',
  engagement: makeEngagement({
    profile: makeProfile({ internalLead: IAN, mspLead: MEGAN }),
    rows: [makeRow({ id: 'a', order: 1, internal: PRIMARY, msp: NONE })],
  }),
  date: '2026-10-15',
  previous: null,
});

const signed = ok(
  signOff(ok(signOff(draft, 'internal', { ...IAN, at: '2026-10-15T10:00:00.000Z' })), 'msp', {
    ...MEGAN,
    at: '2026-10-15T11:00:00.000Z',
  }),
);

const POST = {
  messageId: '1700000000000',
  postedAt: '2026-10-15T12:00:00.000Z',
  webUrl: 'https://teams.microsoft.com/l/message/19%3Aabc/1700000000000',
};

describe('recordPost', () => {
  it('has no post on a new review', () => {
    expect(draft.post).toBeUndefined();
  });

  it('records the posted message on a fully signed review without changing anything else', () => {
    expect(isFullySigned(signed)).toBe(true);
    const posted = ok(recordPost(signed, POST));
    expect(posted.post).toEqual(POST);
    const { post: _post, ...rest } = posted;
    expect(rest).toEqual(signed);
    // Still history: the content cannot change after the post either.
    expect(addDecision(posted, { id: 'd', text: 'Late', owner: null })).toMatchObject({
      ok: false,
      error: { code: 'signed' },
    });
  });

  it('records a post on a draft too, and a second post replaces the first', () => {
    const once = ok(recordPost(draft, POST));
    const twice = ok(recordPost(once, { ...POST, messageId: '2', webUrl: null }));
    expect(twice.post).toEqual({ ...POST, messageId: '2', webUrl: null });
  });

  it('refuses a blank message id or a timestamp that is not ISO', () => {
    expect(recordPost(signed, { ...POST, messageId: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-post' },
    });
    expect(recordPost(signed, { ...POST, postedAt: 'yesterday' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-date' },
    });
  });

  it('does not mutate the review it was given', () => {
    const before = structuredClone(signed);
    recordPost(signed, POST);
    expect(signed).toEqual(before);
  });
});
