/**
 * The claims of a JWT, read without checking its signature.
 *
 * Why no signature check: Tandem is not the token's audience validator. The token is sent on to the
 * service it was issued for, which validates it; the app only reads who and which tenant it names,
 * as a guard against showing or writing another account's data (the tenant check in
 * host-token-auth.ts). A forged token gains nothing here that the service would not refuse.
 */

/** The payload's claims, or null when `token` is not a readable JWT (`header.payload.signature`). */
export function readTokenClaims(token: string): Readonly<Record<string, unknown>> | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** A string claim, or null when absent or not a string. */
export function stringClaim(
  claims: Readonly<Record<string, unknown>>,
  name: string,
): string | null {
  const value = claims[name];
  return typeof value === 'string' && value !== '' ? value : null;
}
