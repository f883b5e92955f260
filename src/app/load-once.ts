/**
 * A lazily imported adapter, fetched once and shared by every caller. A failed download (network,
 * a new deployment replaced the chunk) is turned into the port's own error by `toError` and
 * forgotten, so the next call tries again instead of failing forever.
 */
export function loadOnce<T>(load: () => Promise<T>, toError: (cause: unknown) => Error) {
  let loading: Promise<T> | null = null;
  return (): Promise<T> =>
    (loading ??= load().catch((cause: unknown) => {
      loading = null;
      throw toError(cause);
    }));
}
