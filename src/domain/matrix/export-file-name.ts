/**
 * A download's file name: `tandem-<customer>-<what>-<date>.<ext>`, e.g. `tandem-contoso-matrix-2026-11-28.csv`. The customer is reduced to
 * lowercase letters and digits joined by `-` (any script, accents kept), so it is safe on every file
 * system and in a Content-Disposition header; an empty result falls back to `engagement`.
 */
export function exportFileName(customer: string, what: string, date: string, ext: string): string {
  const slug = customer
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `tandem-${slug || 'engagement'}-${what}-${date}.${ext}`;
}
