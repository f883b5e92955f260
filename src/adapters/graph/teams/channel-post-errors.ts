/**
 * A failed channel post in words a person can act on, as the ChannelPoster port's error. Graph's
 * status and code stay at the end of the message for whoever reads the details.
 *
 * 403 has two causes with different fixes: the token lacks ChannelMessage.Send (Graph names the
 * missing scope: "Missing scope permissions on the request. API requires one of
 * 'ChannelMessage.Send…'" as reported, and as the emulator's permissions.ts answers) — a consent,
 * so `signed-out` as the port defines it; anything else (not a member, a moderated or announcement
 * channel) is `forbidden`.
 */
import { ChannelPostError, type ChannelPostErrorCode } from '../../../ports/channel-poster';
import { fixedBySignIn } from '../sharepoint/store-errors';
import { failureDetail, refusedToken, toGraphFailure, type GraphFailure } from '../http/send';

const MISSING_SCOPE = /missing scope|ChannelMessage\.Send|consent/i;
/**
 * How Teams words a too-large message when it does not answer 413 (assumed:
 * docs/platform.md#channel-messages).
 */
const TOO_LARGE = /too large|too big|exceed|size limit|maximum size/i;

/** A gateway error or a lost connection may come after Teams posted the message. */
const MAYBE_POSTED =
  'The message may have been posted anyway: check the channel before posting again';

function explain(failure: GraphFailure): [ChannelPostErrorCode, string] {
  switch (failure.status) {
    case 0:
      return ['unavailable', `Teams couldn't be reached. ${MAYBE_POSTED}`];
    case 400:
      return TOO_LARGE.test(failure.message)
        ? ['too-large', "the message is over Teams' size limit (about 28 KB per post)"]
        : ['invalid', 'Teams refused the message as malformed'];
    case 401:
      return ['signed-out', 'your Microsoft 365 sign-in has expired. Sign in again, then post'];
    case 403:
      return MISSING_SCOPE.test(failure.message)
        ? [
            'signed-out',
            'Tandem may not post as you yet: sign in and consent to the ChannelMessage.Send permission, then post',
          ]
        : [
            'forbidden',
            "you aren't allowed to post in this channel (you may not be a member, or the channel is moderated), or ChannelMessage.Send has not been consented",
          ];
    case 404:
      return ['not-found', 'the team, the channel or the message replied to is gone'];
    case 413:
      return ['too-large', "the message is over Teams' size limit (about 28 KB per post)"];
    case 429:
      return [
        'throttled',
        'Teams is receiving too many posts for this channel right now. Wait a moment, then post again',
      ];
    case 502:
    case 503:
    case 504:
      return ['unavailable', `Teams did not answer in time. ${MAYBE_POSTED}`];
    default:
      return ['unavailable', 'Teams had a problem. Try again later'];
  }
}

/** Any failure of a post or reply as the port's error; `action` completes "Couldn't …". */
export function toChannelPostError(
  error: unknown,
  action: string,
  nowMs: number,
): ChannelPostError {
  if (error instanceof ChannelPostError) return error;
  const refused = refusedToken(error);
  if (refused) {
    return new ChannelPostError(
      fixedBySignIn(refused) ? 'signed-out' : 'unavailable',
      `Couldn't ${action}: ${refused.message}`,
      null,
      { cause: refused },
    );
  }
  const failure = toGraphFailure(error, nowMs);
  const [code, why] = explain(failure);
  const retryAfter = code === 'throttled' ? (failure.retryAfterSeconds ?? null) : null;
  return new ChannelPostError(
    code,
    `Couldn't ${action}: ${why}.${failureDetail(failure)}`,
    retryAfter,
    {
      cause: error,
    },
  );
}
