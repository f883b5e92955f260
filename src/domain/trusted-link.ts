/**
 * The addresses Tandem links to: Teams and SharePoint in Microsoft's clouds. A link read back from
 * a list is input like anything typed (someone can edit the item in Lists), so it is shown as a
 * link only when it is https and its host is one of these; anything else is shown as text.
 */
const TRUSTED_HOSTS: readonly RegExp[] = [
  /^teams\.microsoft\.com$/,
  /^teams\.cloud\.microsoft$/,
  /^teams\.live\.com$/,
  /^(gov|dod)\.teams\.microsoft\.us$/,
  /^teams\.microsoftonline\.cn$/,
  /^[a-z0-9-]+(-my)?\.sharepoint\.com$/,
  /^[a-z0-9-]+(-my)?\.sharepoint\.us$/,
  /^[a-z0-9-]+(-my)?\.sharepoint\.cn$/,
];

export function isTrustedLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    TRUSTED_HOSTS.some((host) => host.test(parsed.hostname))
  );
}

/** The host of a link that is not trusted, for saying where it points ("evil.example"). */
export function linkHost(url: string): string {
  try {
    return new URL(url).hostname || url.slice(0, 60);
  } catch {
    return url.slice(0, 60);
  }
}
