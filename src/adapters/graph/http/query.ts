/** Query strings of Graph request URLs: OData literals and `$select`, `$filter`, `$top` … */

/** OData string literal: single quotes doubled. */
export const odataString = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/** Percent-encode a query value, keeping OData's punctuation readable. */
const encodeValue = (value: string): string =>
  encodeURIComponent(value).replace(/%(2C|28|29|27|3D|2F|24|3A)/g, (escaped) =>
    decodeURIComponent(escaped),
  );

/** `?a=1&b=2` from the options that are set (`''` when none is). */
export function queryString(
  options: Readonly<Record<string, string | number | undefined>>,
): string {
  const parts = Object.entries(options)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeValue(String(value))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
