/**
 * OData query options as Graph reads them: `$select`, `$expand` (with nested `select=`), `$top`,
 * `$skiptoken`. Graph v1.0 accepts the options with or without `$` and in any case (assumed per
 * API: docs/platform.md#paging).
 */
import { badRequest } from './errors';

export function queryOption(query: URLSearchParams, name: string): string | undefined {
  const wanted = name.replace(/^\$/, '').toLowerCase();
  for (const [key, value] of query) {
    if (key.replace(/^\$/, '').toLowerCase() === wanted) return value;
  }
  return undefined;
}

/** Splits on `sep` outside parentheses: `fields(select=A,B),columns` → two parts. */
export function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === sep && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts.filter((p) => p !== '');
}

export function parseSelect(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface ExpandSpec {
  name: string;
  /** From `name(select=A,B)` or `name($select=A,B)`. */
  select?: string[];
}

/** docs/platform.md#list-items: `expand=fields` or `expand=fields(select=Column1,Column2)`. */
export function parseExpand(value: string | undefined): ExpandSpec[] {
  if (value === undefined) return [];
  return splitTopLevel(value, ',').map((part) => {
    const m = /^([\w.]+)\s*(?:\((.*)\))?$/s.exec(part);
    if (!m) throw badRequest(`Invalid $expand value '${part}'.`);
    const spec: ExpandSpec = { name: m[1] as string };
    for (const option of splitTopLevel(m[2] ?? '', ';')) {
      const eq = option.indexOf('=');
      const key = option.slice(0, eq).trim().replace(/^\$/, '').toLowerCase();
      if (eq < 0 || key !== 'select') {
        throw badRequest(`Unsupported option '${option}' in $expand.`);
      }
      spec.select = parseSelect(option.slice(eq + 1));
    }
    return spec;
  });
}

export function parseTop(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) === 0) {
    throw badRequest(`Invalid value '${value}' for $top.`);
  }
  return Number(value);
}

/**
 * `$select` on an entity: the named properties plus `@odata.etag`. An unknown name fails with
 * OData's message (the wording is assumed).
 */
export function selectProperties(
  entity: Record<string, unknown>,
  select: readonly string[] | undefined,
  typeName: string,
  known: readonly string[] = Object.keys(entity),
): Record<string, unknown> {
  if (select === undefined) return entity;
  const out: Record<string, unknown> = {};
  if (entity['@odata.etag'] !== undefined) out['@odata.etag'] = entity['@odata.etag'];
  for (const name of select) {
    if (!known.includes(name)) {
      throw badRequest(`Could not find a property named '${name}' on type '${typeName}'.`);
    }
    if (entity[name] !== undefined) out[name] = entity[name];
  }
  return out;
}
