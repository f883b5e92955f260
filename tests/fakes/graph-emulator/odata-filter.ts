/**
 * A small OData `$filter` parser and evaluator for the operators docs/platform.md#list-items
 * records for list items (`eq, ne, lt, gt, le, ge, startswith`), combined with `and`/`or` and
 * parentheses. Property paths are left to the caller to resolve (`fields/X` for items,
 * `displayName` for lists).
 */
import { badRequest } from './errors';

export type Literal = string | number | boolean | null;
export type CompareOp = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'compare'; op: CompareOp; path: string; value: Literal }
  | { kind: 'startswith'; path: string; value: string };

type Token =
  | { t: 'lparen' | 'rparen' | 'comma' }
  | { t: 'string'; v: string }
  | { t: 'number'; v: number }
  | { t: 'word'; v: string };

// Graph's message for a filter it cannot parse (assumed: docs/platform.md#list-items).
const invalid = () => badRequest('Invalid filter clause');

const DATE_LITERAL = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ t: ch === '(' ? 'lparen' : ch === ')' ? 'rparen' : 'comma' });
      i++;
    } else if (ch === "'") {
      // OData string literal; '' is an escaped quote.
      let v = '';
      i++;
      for (;;) {
        if (i >= text.length) throw invalid();
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += text[i];
        i++;
      }
      tokens.push({ t: 'string', v });
    } else {
      const date = DATE_LITERAL.exec(text.slice(i));
      if (date) {
        // A bare ISO date-time literal compares like the string form.
        tokens.push({ t: 'string', v: date[0] });
        i += date[0].length;
        continue;
      }
      const num = /^-?\d+(\.\d+)?/.exec(text.slice(i));
      if (num) {
        tokens.push({ t: 'number', v: Number(num[0]) });
        i += num[0].length;
        continue;
      }
      const word = /^[A-Za-z_$@][\w$@./]*/.exec(text.slice(i));
      if (!word) throw invalid();
      tokens.push({ t: 'word', v: word[0] });
      i += word[0].length;
    }
  }
  return tokens;
}

const OPS: readonly string[] = ['eq', 'ne', 'lt', 'gt', 'le', 'ge'];

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const take = () => {
    const tok = tokens[pos++];
    if (!tok) throw invalid();
    return tok;
  };
  const expect = (t: Token['t']) => {
    if (take().t !== t) throw invalid();
  };
  const keyword = (w: string) => {
    const tok = peek();
    return tok?.t === 'word' && tok.v.toLowerCase() === w;
  };
  const literal = (): Literal => {
    const tok = take();
    if (tok.t === 'string' || tok.t === 'number') return tok.v;
    if (tok.t === 'word' && ['true', 'false', 'null'].includes(tok.v)) {
      return tok.v === 'null' ? null : tok.v === 'true';
    }
    throw invalid();
  };
  const primary = (): FilterNode => {
    if (peek()?.t === 'lparen') {
      take();
      const inner = orExpr();
      expect('rparen');
      return inner;
    }
    const head = take();
    if (head.t !== 'word') throw invalid();
    if (head.v.toLowerCase() === 'startswith') {
      expect('lparen');
      const path = take();
      expect('comma');
      const value = take();
      expect('rparen');
      if (path.t !== 'word' || value.t !== 'string') throw invalid();
      return { kind: 'startswith', path: path.v, value: value.v };
    }
    const op = take();
    if (op.t !== 'word' || !OPS.includes(op.v.toLowerCase())) throw invalid();
    return { kind: 'compare', op: op.v.toLowerCase() as CompareOp, path: head.v, value: literal() };
  };
  const andExpr = (): FilterNode => {
    let left = primary();
    while (keyword('and')) {
      take();
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const orExpr = (): FilterNode => {
    let left = andExpr();
    while (keyword('or')) {
      take();
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };
  const tree = orExpr();
  if (pos !== tokens.length) throw invalid();
  return tree;
}

export function filterPaths(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...filterPaths(node.left), ...filterPaths(node.right)];
    default:
      return [node.path];
  }
}

/**
 * How a property's values compare: text is case-insensitive in SharePoint (assumed:
 * docs/platform.md#list-items).
 */
export type ValueKind = 'text' | 'number' | 'boolean' | 'dateTime' | 'other';

export interface ResolvedValue {
  value: unknown;
  kind: ValueKind;
}

function toComparable(value: unknown, kind: ValueKind): string | number | boolean | undefined {
  if (value === null || value === undefined) return undefined;
  switch (kind) {
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isNaN(n) ? undefined : n;
    }
    case 'boolean':
      return value === true || value === 1 || value === '1' || value === 'true';
    case 'dateTime': {
      const t = Date.parse(String(value));
      return Number.isNaN(t) ? undefined : t;
    }
    case 'text':
      return String(value).toLowerCase();
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

function compareOne(actual: unknown, op: CompareOp, literal: Literal, kind: ValueKind): boolean {
  const a = toComparable(actual, kind);
  const b = toComparable(literal, kind);
  if (a === undefined || b === undefined) {
    const bothNull = a === undefined && b === undefined;
    if (op === 'eq') return bothNull;
    if (op === 'ne') return !bothNull;
    return false;
  }
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'lt':
      return a < b;
    case 'gt':
      return a > b;
    case 'le':
      return a <= b;
    case 'ge':
      return a >= b;
  }
}

export function evaluateFilter(
  node: FilterNode,
  resolve: (path: string) => ResolvedValue,
): boolean {
  switch (node.kind) {
    case 'and':
      return evaluateFilter(node.left, resolve) && evaluateFilter(node.right, resolve);
    case 'or':
      return evaluateFilter(node.left, resolve) || evaluateFilter(node.right, resolve);
    case 'startswith': {
      const { value } = resolve(node.path);
      return typeof value === 'string' && value.toLowerCase().startsWith(node.value.toLowerCase());
    }
    case 'compare': {
      const { value, kind } = resolve(node.path);
      // A multi-value field matches when any of its values does (assumed:
      // docs/platform.md#list-items).
      if (Array.isArray(value) && value.length > 0) {
        return node.op === 'ne'
          ? value.every((v) => compareOne(v, 'ne', node.value, kind))
          : value.some((v) => compareOne(v, node.op, node.value, kind));
      }
      return compareOne(value, node.op, node.value, kind);
    }
  }
}
