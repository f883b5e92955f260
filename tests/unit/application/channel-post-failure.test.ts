import { describe, expect, it } from 'vitest';
import { ChannelPostError, type ChannelPostErrorCode } from '../../../src/ports/channel-poster';
import { describePostFailure } from '../../../src/application/channel-post-failure';

const CODES: readonly ChannelPostErrorCode[] = [
  'forbidden',
  'signed-out',
  'throttled',
  'too-large',
  'not-found',
  'invalid',
  'unavailable',
];

describe('describePostFailure', () => {
  it('has a title and a message for every code; only signed-out asks for permission', () => {
    for (const code of CODES) {
      const failure = describePostFailure(new ChannelPostError(code, `raw ${code}`), 'General');
      expect(failure.title, code).not.toBe('');
      expect(failure.message, code).not.toBe('');
      expect(failure.needsConsent, code).toBe(code === 'signed-out');
    }
  });

  it('says when to retry after throttling, when Teams said', () => {
    const wait = (seconds: number | null) =>
      describePostFailure(new ChannelPostError('throttled', 'x', seconds), 'General').message;
    expect(wait(1)).toContain('Retry in 1 second.');
    expect(wait(30)).toContain('Retry in 30 seconds.');
    expect(wait(null)).toContain('Retry in a few seconds.');
  });

  it('warns that a timed-out post may have gone through', () => {
    expect(
      describePostFailure(new ChannelPostError('unavailable', 'timeout'), 'General').message,
    ).toMatch(/may have posted the summary anyway/);
  });

  it('names the channel and passes other errors through', () => {
    expect(
      describePostFailure(new ChannelPostError('forbidden', 'x'), 'Contoso IT').message,
    ).toContain('Contoso IT');
    expect(describePostFailure(new Error('boom'), 'General')).toEqual({
      title: 'Not posted',
      message: 'boom',
      needsConsent: false,
    });
  });
});
