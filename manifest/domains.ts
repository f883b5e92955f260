/**
 * What may stand in the manifest's `validDomains` and tab URLs.
 *
 * The store validation guidelines say: "Don't include domains outside of your organization's
 * control (including wildcards) and tunneling services" (docs/platform.md#valid-domains). So the
 * tab domain is one DNS host name the organisation controls: no scheme, path, port or wildcard, not
 * an IP address, not `localhost`, and not a tunnelling service.
 */

/**
 * Tunnelling services (the domain itself and every subdomain). Their host names belong to the
 * tunnel provider and change between sessions.
 */
export const TUNNEL_DOMAINS = [
  'devtunnels.ms',
  'ngrok.io',
  'ngrok.app',
  'ngrok.dev',
  'ngrok-free.app',
  'ngrok-free.dev',
  'trycloudflare.com',
  'loca.lt',
  'localtunnel.me',
  'localhost.run',
  'lhr.life',
  'serveo.net',
  'serveousercontent.com',
  'pagekite.me',
  'tunnelmole.net',
  'pinggy.link',
  'pinggy.online',
  'bore.pub',
  'loophole.site',
  'loclx.io',
  'telebit.io',
  'sharedwithexpose.com',
  'zrok.io',
] as const;

export function isTunnelHost(host: string): boolean {
  const name = host.toLowerCase();
  if (name.includes('ngrok')) return true;
  return TUNNEL_DOMAINS.some((domain) => name === domain || name.endsWith(`.${domain}`));
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Why `value` cannot be the tab domain, or `null` when it can. `value` is compared as given
 * (callers lower-case it first); `name` is used in the messages.
 */
export function tabDomainProblem(value: string, name = 'TAB_DOMAIN'): string | null {
  const example = 'e.g. tandem.contoso.com';
  if (value === '') {
    return `${name} is empty: set the host name the tab is served from (${example}).`;
  }
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i;
  if (scheme.test(value)) {
    const host = value.replace(scheme, '').split(/[/?#]/)[0];
    return `${name} is a host name, not a URL: drop the scheme and any path ("${value}" → "${host}").`;
  }
  if (/[/?#]/.test(value)) {
    return `${name} must not contain a path, query or fragment ("${value}"; ${example}).`;
  }
  if (value.includes('*')) {
    return `${name} must not contain wildcards ("${value}"): Teams store validation rejects wildcard domains; use the one host the tab is served from.`;
  }
  if (value.includes(':')) {
    return `${name} must not contain a port ("${value}"): serve the tab over HTTPS on the standard port 443.`;
  }
  if (isTunnelHost(value)) {
    return `${name} "${value}" is a tunnelling service: Teams store validation rejects tunnelling domains in validDomains. Host the built tab on a domain your organisation controls (see assets/hosting/).`;
  }
  if (/^\d+(\.\d+){3}$/.test(value)) {
    return `${name} must be a DNS host name, not an IP address ("${value}").`;
  }
  if (value.length > 253) return `${name} is longer than 253 characters.`;
  const labels = value.split('.');
  if (labels.length < 2) {
    return `${name} "${value}" is not a public host name: Teams loads the tab on each user's device, so use a fully qualified domain (${example}).`;
  }
  const bad = labels.find((label) => !LABEL.test(label));
  if (bad !== undefined) {
    return `${name} "${value}" is not a valid host name (label "${bad}": letters, digits and inner hyphens only, 1–63 characters).`;
  }
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) {
    return `${name} "${value}" is not a valid host name (the top-level domain is numeric).`;
  }
  return null;
}
