import { useState } from 'react';
import { Body1, Link } from '@fluentui/react-components';
import { useServices } from '../shared/services-context';

/**
 * "Open in Teams" for a link into Teams (a channel message): inside Teams it is opened by the host
 * (`app.openLink`), so it stays in Teams on desktop, web and mobile instead of opening a browser
 * tab — the store guidelines ask that deep links stay within Teams. Without a host, a plain link.
 */
export function OpenInTeams({ url }: { readonly url: string }) {
  const { host } = useServices();
  const [refused, setRefused] = useState(false);
  if (!host) {
    return (
      <Link href={url} target="_blank" rel="noreferrer">
        Open in Teams
      </Link>
    );
  }
  return (
    <>
      <Link as="button" onClick={() => host.openLink(url).catch(() => setRefused(true))}>
        Open in Teams
      </Link>
      {refused && (
        <Body1 role="alert">Teams could not open the post: find it in the channel.</Body1>
      )}
    </>
  );
}
