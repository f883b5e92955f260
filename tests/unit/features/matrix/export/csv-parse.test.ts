import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatCsv,
  formatCsvField,
  parseCsv,
} from '../../../../../src/features/matrix/export/csv-parse';

describe('parseCsv', () => {
  it('reads plain fields with CRLF or LF line ends', () => {
    expect(parseCsv('a,b\r\nc,d\r\n').records).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a,b\nc,d').records).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const { records, problems } = parseCsv('"a, b","say ""hi""","line 1\r\nline 2\nline 3"\r\n');
    expect(records).toEqual([['a, b', 'say "hi"', 'line 1\r\nline 2\nline 3']]);
    expect(problems).toEqual([]);
  });

  it('drops a leading UTF-8 BOM', () => {
    expect(parseCsv('\uFEFFFunction,Notes\r\n').records).toEqual([['Function', 'Notes']]);
  });

  it('keeps empty fields and reads an empty middle line as one empty field', () => {
    expect(parseCsv('a,,\r\n\r\nb').records).toEqual([['a', '', ''], [''], ['b']]);
  });

  it('reads nothing from empty text', () => {
    expect(parseCsv('')).toEqual({ records: [], problems: [] });
  });

  it('reports an unterminated quote with its row and keeps what it read', () => {
    const { records, problems } = parseCsv('a\r\n"open, never closed\r\n');
    expect(records).toEqual([['a'], ['open, never closed\r\n']]);
    expect(problems).toEqual([
      { row: 2, message: 'A quoted field is never closed (a " is missing).' },
    ]);
  });

  it('reports text after a closing quote', () => {
    const { problems } = parseCsv('"a"b,c');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.row).toBe(1);
  });
});

describe('formatCsv', () => {
  it('quotes only fields that need it, doubling quotes', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField('cr\r')).toBe('"cr\r"');
  });

  it('ends every record with CRLF and writes a lone empty field as ""', () => {
    expect(formatCsv([['a', 'b'], [''], ['', '']])).toBe('a,b\r\n""\r\n,\r\n');
  });

  it('parse(format(records)) gives the records back, for any strings', () => {
    const records = fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1 }), {
      maxLength: 8,
    });
    const tricky = fc.array(
      fc.array(
        fc.string({
          unit: fc.constantFrom('a', ',', '"', '\r', '\n', '\uFEFF', ' ', '=', "'"),
          maxLength: 6,
        }),
        { minLength: 1, maxLength: 4 },
      ),
      { maxLength: 6 },
    );
    for (const arb of [records, tricky]) {
      fc.assert(
        fc.property(arb, (input) => {
          const { records: output, problems } = parseCsv(formatCsv(input));
          expect(problems).toEqual([]);
          expect(output).toEqual(input);
        }),
      );
    }
  });
});
