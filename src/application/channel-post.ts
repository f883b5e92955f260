import type {
  ChannelMessageDraft,
  ChannelPoster,
  ChannelTarget,
  PostedMessage,
} from '../ports/channel-poster';
import { describePostFailure, type PostFailure } from './channel-post-failure';

export type ChannelPostState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'posting' }
  | { readonly kind: 'failed'; readonly failure: PostFailure };

/** Whether recording the post on the review worked (a signed review may refuse some edits). */
export type RecordPostResult =
  { readonly ok: true } | { readonly ok: false; readonly error: { readonly message: string } };

export interface ChannelPostDeps {
  readonly poster: ChannelPoster;
  readonly target: ChannelTarget;
  /** The channel's name as people know it, for the error messages ("the channel" when unknown). */
  readonly channelName: string;
  /** Ask for ChannelMessage.Send interactively; called straight from a click. */
  readonly allow: () => Promise<void>;
}

/** One summary to post: built when the post starts, then recorded where it was posted. */
export interface PostRequest {
  readonly message: () => ChannelMessageDraft;
  /** Record where the summary was posted (saved through the engagement session). */
  readonly record: (posted: PostedMessage) => RecordPostResult;
}

/**
 * Posting a review's summary to the channel: one `post` is at most one message (a call while a
 * post is under way does nothing; nothing retries on its own — a retry could post twice), and a
 * success is recorded on the review. The message is built when the post starts, so it shows the
 * review as it is then.
 */
export function createChannelPost(deps: ChannelPostDeps) {
  let state: ChannelPostState = { kind: 'idle' };
  let inFlight = false;
  const listeners = new Set<() => void>();
  const set = (next: ChannelPostState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };

  async function post(request: PostRequest) {
    if (inFlight) return;
    inFlight = true;
    set({ kind: 'posting' });
    try {
      const posted = await deps.poster.post(deps.target, request.message());
      const recorded = request.record(posted);
      set(
        recorded.ok
          ? { kind: 'idle' }
          : {
              kind: 'failed',
              failure: {
                title: 'Posted, but not recorded',
                message: recorded.error.message,
                needsConsent: false,
              },
            },
      );
    } catch (error) {
      set({ kind: 'failed', failure: describePostFailure(error, deps.channelName) });
    } finally {
      inFlight = false;
    }
  }

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    post,
    /** After `signed-out`: ask for the permission (straight from the click), then post. */
    async allowAndPost(request: PostRequest) {
      if (inFlight) return;
      try {
        await deps.allow();
      } catch (error) {
        set({
          kind: 'failed',
          failure: {
            title: 'Tandem was not allowed to post',
            message: error instanceof Error ? error.message : String(error),
            needsConsent: true,
          },
        });
        return;
      }
      await post(request);
    },
  };
}

export type ChannelPost = ReturnType<typeof createChannelPost>;
