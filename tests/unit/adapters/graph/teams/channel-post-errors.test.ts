import { GraphError } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { toChannelPostError } from '../../../../../src/adapters/graph/teams/channel-post-errors';
import { AuthError } from '../../../../../src/ports/auth';
import { ChannelPostError } from '../../../../../src/ports/channel-poster';

const NOW = Date.parse('2026-10-16T09:00:00.000Z');

function graphError(status: number, code: string, message: string, retryAfter?: string) {
  const error = new GraphError(status, message);
  error.code = code;
  if (retryAfter !== undefined) error.headers = new Headers({ 'Retry-After': retryAfter });
  return error;
}

const map = (error: unknown) => toChannelPostError(error, 'post to the channel', NOW);

describe('toChannelPostError', () => {
  it('maps statuses to the port codes, keeping Graph status and code in the message', () => {
    const cases: Array<[number, string, string, ChannelPostError['code']]> = [
      [400, 'BadRequest', 'Invalid attachment', 'invalid'],
      [400, 'BadRequest', 'Message size exceeds the limit', 'too-large'],
      [401, 'InvalidAuthenticationToken', 'expired', 'signed-out'],
      [403, 'Forbidden', 'Not a member of the team', 'forbidden'],
      [
        403,
        'Forbidden',
        "Missing scope permissions on the request. API requires one of 'ChannelMessage.Send'",
        'signed-out',
      ],
      [404, 'NotFound', 'Channel not found', 'not-found'],
      [413, 'RequestEntityTooLarge', 'too big', 'too-large'],
      [500, 'InternalServerError', 'oops', 'unavailable'],
      [503, 'ServiceUnavailable', 'busy', 'unavailable'],
    ];
    for (const [status, code, message, expected] of cases) {
      const error = map(graphError(status, code, message));
      expect(error).toBeInstanceOf(ChannelPostError);
      expect(error.code).toBe(expected);
      expect(error.message).toMatch(/^Couldn't post to the channel: /);
      expect(error.message).toContain(`(Graph ${status} ${code}: ${message})`);
      expect(error.retryAfterSeconds).toBeNull();
    }
  });

  it('429: throttled with Retry-After in seconds or as an HTTP date, null without one', () => {
    expect(map(graphError(429, 'TooManyRequests', 'slow down', '7')).retryAfterSeconds).toBe(7);
    const date = new Date(NOW + 30_000).toUTCString();
    expect(map(graphError(429, 'TooManyRequests', 'slow down', date)).retryAfterSeconds).toBe(30);
    const bare = map(graphError(429, 'TooManyRequests', 'slow down'));
    expect(bare.code).toBe('throttled');
    expect(bare.retryAfterSeconds).toBeNull();
  });

  it('a network failure (no status) is unavailable and warns the message may have been posted', () => {
    const error = map(new GraphError(-1, 'fetch failed'));
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/check the channel before posting again/);
  });

  it('a token refusal a click fixes is signed-out; others are unavailable; the AuthError is the cause', () => {
    const consent = new AuthError('consent-required', 'Consent needed.');
    expect(map(consent)).toMatchObject({ code: 'signed-out', cause: consent });
    expect(map(new AuthError('unavailable', 'MSAL is down.')).code).toBe('unavailable');
  });

  it('passes a ChannelPostError through', () => {
    const error = new ChannelPostError('too-large', 'x');
    expect(map(error)).toBe(error);
  });
});
