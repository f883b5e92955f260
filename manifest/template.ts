/**
 * Fills `${{NAME}}` placeholders (the Microsoft 365 Agents Toolkit's syntax, so the template reads
 * like the toolkit's) in manifest/manifest.template.json.
 */
const PLACEHOLDER = /\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;

/** The placeholder names a template uses, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/**
 * Replaces every placeholder and parses the result.
 * @throws Error naming each placeholder without a value (nothing is left half-filled).
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): unknown {
  const missing = placeholdersIn(template).filter((name) => values[name] === undefined);
  if (missing.length > 0) {
    throw new Error(`The manifest template needs values for: ${missing.join(', ')}.`);
  }
  // Values land inside JSON strings: escape them as JSON would.
  const filled = template.replace(PLACEHOLDER, (_match, name: string) =>
    JSON.stringify(values[name]).slice(1, -1),
  );
  return JSON.parse(filled) as unknown;
}
