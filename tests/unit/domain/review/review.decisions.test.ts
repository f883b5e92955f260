/** Issue 12 item 7: a decision can be edited or removed before signing; an empty one is refused. */
import { describe, expect, it } from 'vitest';
import {
  addDecision,
  createReview,
  editDecision,
  removeDecision,
  signOff,
} from '../../../../src/domain/review/review';
import { makeEngagement, makeProfile } from '../../support/arbitraries';
import { IAN, MEGAN, ok } from '../../support/review-fixtures';

const engagement = makeEngagement({ profile: makeProfile({ internalLead: IAN, mspLead: MEGAN }) });
const withDecision = () =>
  ok(
    addDecision(createReview({ id: 'r1', engagement, date: '2026-10-05', previous: null }), {
      id: 'd1',
      text: 'Move patching to the MSP',
      owner: 'msp',
    }),
  );

describe('decisions before signing', () => {
  it('edits the text and owner of a decision', () => {
    const edited = ok(
      editDecision(withDecision(), 'd1', { text: '  Keep patching internal ', owner: 'internal' }),
    );
    expect(edited.decisions).toEqual([
      { id: 'd1', text: 'Keep patching internal', owner: 'internal' },
    ]);
  });

  it('refuses an empty decision, added or edited, with a message', () => {
    const review = withDecision();
    for (const result of [
      addDecision(review, { id: 'd2', text: '   ', owner: null }),
      editDecision(review, 'd1', { text: '', owner: null }),
    ]) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toBe('A decision needs some text.');
    }
  });

  it('removes a decision', () => {
    expect(ok(removeDecision(withDecision(), 'd1')).decisions).toEqual([]);
  });

  it('refuses both once a lead has signed, and for a decision that is not there', () => {
    const signed = ok(
      signOff(withDecision(), 'internal', { ...IAN, at: '2026-10-05T10:00:00.000Z' }),
    );
    expect(editDecision(signed, 'd1', { text: 'x', owner: null })).toMatchObject({
      ok: false,
      error: { code: 'signed' },
    });
    expect(removeDecision(signed, 'd1')).toMatchObject({ ok: false, error: { code: 'signed' } });
    expect(removeDecision(withDecision(), 'nope')).toMatchObject({
      ok: false,
      error: { code: 'unknown-decision' },
    });
  });
});
