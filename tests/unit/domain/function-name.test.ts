/**
 * Issue 13 item 7: names that differ only by invisible characters or look-alike letters are one
 * name to a reader, so they are refused as duplicates — while the user's text is kept as typed.
 */
import { describe, expect, it } from 'vitest';
import { validateFunctionName } from '../../../src/domain/validation';
import { functionNameKey, lookalikeKey } from '../../../src/domain/function-name';
import { MATRIX_COLUMNS, readMatrixRecords } from '../../../src/domain/matrix/matrix-table';

const BACKUP = { id: 'r1', name: 'Backup management', archived: false };
const CYRILLIC = 'B\u0430ckup management'; // а: CYRILLIC SMALL LETTER A
const ZERO_WIDTH = 'Back\u200Bup management';
const FULL_WIDTH = '\uFF22ackup management'; // Ｂ

describe('function names', () => {
  it('refuses a name written with a letter of another alphabet next to the one it imitates', () => {
    expect(validateFunctionName(CYRILLIC, [BACKUP])).toBe(
      `“${CYRILLIC}” looks just like “Backup management” but is written with other characters (a letter of another alphabet at position 2): use “Backup management”, or a name that does not look the same.`,
    );
    expect(validateFunctionName('\u0392ackup management', [BACKUP])).toMatch(/looks just like/); // Greek Β
  });

  it('takes invisible characters and compatibility forms for the same name', () => {
    expect(validateFunctionName(ZERO_WIDTH, [BACKUP])).toBe(
      'A function called “Backup management” already exists.',
    );
    expect(validateFunctionName(FULL_WIDTH, [BACKUP])).toBe(
      'A function called “Backup management” already exists.',
    );
    expect(functionNameKey(ZERO_WIDTH)).toBe(functionNameKey('Backup management'));
  });

  it('keeps names of other alphabets apart from each other', () => {
    expect(lookalikeKey('Резервное копирование')).not.toBe(lookalikeKey('Восстановление'));
    expect(
      validateFunctionName('Резервное копирование', [{ ...BACKUP, name: 'Восстановление' }]),
    ).toBeNull();
    expect(validateFunctionName('Backup monitoring', [BACKUP])).toBeNull();
  });
});

describe('importing names that only look alike', () => {
  const header = [...MATRIX_COLUMNS];
  const record = (name: string) => [name, '', 'Primary', '', 'None', '', '', '', ''];
  let n = 0;
  const newId = () => `new-${++n}`;

  it('refuses a file row named like an active function only in look, instead of adding it beside it', () => {
    const result = readMatrixRecords([header, record(CYRILLIC)], {
      newId,
      activeRows: [BACKUP],
    });
    expect(result.valid).toEqual([]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Function',
        message: expect.stringMatching(/looks just like/),
      }),
    ]);
  });

  it('still updates the function a row names exactly (case and spaces aside)', () => {
    const result = readMatrixRecords([header, record(' backup MANAGEMENT ')], {
      newId,
      activeRows: [BACKUP],
    });
    expect(result.errors).toEqual([]);
  });

  it('refuses two rows of one file that differ only by a zero-width space', () => {
    const result = readMatrixRecords([header, record('Backup management'), record(ZERO_WIDTH)], {
      newId,
    });
    expect(result.valid.map((draft) => draft.name)).toEqual(['Backup management']);
    expect(result.errors[0]).toMatchObject({ row: 3, column: 'Function' });
  });

  it('refuses a file whose header has a column twice, importing nothing of it', () => {
    const result = readMatrixRecords(
      [
        [...header, 'MSP role'],
        [...record('Printer fleet'), 'Primary'],
      ],
      { newId },
    );
    expect(result.valid).toEqual([]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        row: 1,
        column: 'MSP role',
        message: expect.stringMatching(/appears twice, so Tandem cannot tell which one to read/),
      }),
    ]);
  });
});
