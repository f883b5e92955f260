import { ChannelPostError, type ChannelPoster } from '../ports/channel-poster';
import { loadOnce } from './load-once';

/**
 * A `ChannelPoster` whose Graph adapter is fetched with `import()` on first use: only someone who
 * posts a review summary needs it. A failed download rejects with `unavailable` (nothing was
 * posted) and is tried again on the next call.
 */
export function lazyChannelPoster(load: () => Promise<ChannelPoster>): ChannelPoster {
  const loaded = loadOnce(
    load,
    (cause) =>
      new ChannelPostError(
        'unavailable',
        "Tandem's Teams posting code could not be downloaded, so nothing was posted. Check your connection and try again.",
        null,
        { cause },
      ),
  );
  return {
    post: (target, message) => loaded().then((poster) => poster.post(target, message)),
    reply: (target, parentMessageId, message) =>
      loaded().then((poster) => poster.reply(target, parentMessageId, message)),
  };
}
