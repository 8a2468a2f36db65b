import { describe, expect, it } from 'vitest';
import {
  cellProblem,
  fitCellText,
  fromCsvField,
  isFormulaLike,
  mightReadAsValue,
  SHEETS_CELL_LIMIT,
  TRUNCATION_MARKER,
  toCellValue,
  toCsvField,
  truncateText,
  XLSX_CELL_LIMIT,
} from '../../shared/cell-safety.ts';

describe('toCellValue', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'],
    ['+1 555 0100', "'+1 555 0100"],
    ['+15550100', "'+15550100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ["'quoted", "''quoted"],
    ['Acme Foundation', 'Acme Foundation'],
    ['a=b', 'a=b'],
    [' =not a formula', "' =not a formula"],
  ])('should make %j safe text', (input, expected) => {
    expect(toCellValue(input)).toBe(expected);
  });

  it.each([
    ['007', "'007"],
    ['1,000', "'1,000"],
    ['2026-01-05', "'2026-01-05"],
    ['TRUE', "'TRUE"],
    ['false', "'false"],
    ['02079460958', "'02079460958"],
    ['50%', "'50%"],
    ['3/4/2026', "'3/4/2026"],
    ['-5', "'-5"],
    ['$1,000', "'$1,000"],
    ['Jan 5, 2026', "'Jan 5, 2026"],
    ['Riverbend Food Shelf', 'Riverbend Food Shelf'],
  ])('should keep %j as written in a text column', (input, expected) => {
    expect(toCellValue(input, 'text')).toBe(expected);
  });

  it.each([
    [-5, 'number', -5],
    ['-5', 'number', -5],
    ['-12.5', 'number', -12.5],
    ['42', 'number', 42],
    [0, 'text', 0],
    ['2025-04-01', 'date', '2025-04-01'],
  ] as const)('should let %j be a value in a %s column', (input, kind, expected) => {
    expect(toCellValue(input, kind)).toBe(expected);
  });

  it('should write empty for null, undefined, non-finite numbers and invalid dates', () => {
    const values = [null, undefined, Number.NaN, Number.POSITIVE_INFINITY, new Date('nope')];
    expect(values.map((value) => toCellValue(value))).toEqual(['', '', '', '', '']);
  });

  it('should join lists with "; " and then make them safe', () => {
    expect(toCellValue(['=a', 'b'])).toBe("'=a; b");
  });

  it('should keep dates and booleans as they are', () => {
    const date = new Date('2026-01-02T00:00:00Z');
    expect(toCellValue(date)).toBe(date);
    expect(toCellValue(true)).toBe(true);
  });
});

describe('fitCellText', () => {
  it.each(['=', '+', '-', '@', "'"])(
    'should cut 60,000 characters starting with %j so that text and escape fit in a Sheets cell',
    (trigger) => {
      const text = `${trigger}${'x'.repeat(59_999)}`;
      const written = fitCellText(text);
      expect(written.length).toBeLessThanOrEqual(SHEETS_CELL_LIMIT);
      expect(written.startsWith(`'${trigger}`)).toBe(true);
      expect(written.endsWith(TRUNCATION_MARKER)).toBe(true);
      expect(cellProblem(written)).toBeUndefined();
    },
  );

  it('should fit an escaped text at exactly the limit, and one that needs no escape', () => {
    expect(fitCellText(`=${'x'.repeat(SHEETS_CELL_LIMIT - 1)}`)).toHaveLength(SHEETS_CELL_LIMIT);
    expect(fitCellText('y'.repeat(SHEETS_CELL_LIMIT))).toBe('y'.repeat(SHEETS_CELL_LIMIT));
  });

  it('should take the xlsx limit', () => {
    const written = fitCellText(`=${'x'.repeat(40_000)}`, XLSX_CELL_LIMIT);
    expect(written).toHaveLength(XLSX_CELL_LIMIT);
    expect(written.startsWith("'=")).toBe(true);
  });

  it('should escape a long plain number that the cut turns into formula-like text', () => {
    const written = fitCellText(`-${'1'.repeat(60_000)}`, SHEETS_CELL_LIMIT, 'number');
    expect(written.startsWith("'-1")).toBe(true);
    expect(written.length).toBeLessThanOrEqual(SHEETS_CELL_LIMIT);
  });
});

describe('truncateText', () => {
  it('should not split a surrogate pair at the cut', () => {
    const text = `${'a'.repeat(SHEETS_CELL_LIMIT - TRUNCATION_MARKER.length - 1)}😀😀😀`;
    const cut = truncateText(`${text}${'b'.repeat(100)}`);
    expect(cut.length).toBeLessThanOrEqual(SHEETS_CELL_LIMIT);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('should leave text at the limit untouched', () => {
    const text = 'y'.repeat(SHEETS_CELL_LIMIT);
    expect(truncateText(text)).toBe(text);
  });
});

describe('cellProblem', () => {
  it.each([
    ['x'.repeat(SHEETS_CELL_LIMIT + 1), 'characters'],
    [Number.NaN, 'not finite'],
    [new Date('nope'), 'invalid date'],
    [{}, 'type object'],
  ])('should name what Sheets would refuse in %#', (value, problem) => {
    expect(cellProblem(value)).toContain(problem);
  });
});

describe('toCsvField', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1 555', "'+1 555"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['－1+1', "'－1+1"],
    ['  =1+1', "'  =1+1"],
    ['\u00A0=1+1', "'\u00A0=1+1"],
    ['\u200B=1+1', "'\u200B=1+1"],
    ['\u200E@cmd', "'\u200E@cmd"],
    ['\u202E+1+1', "'\u202E+1+1"],
    ['\u2066-1+1', "'\u2066-1+1"],
    ['\uFEFF=1', "'\uFEFF=1"],
    [' -5', ' -5'],
    ['-5', '-5'],
    ['plain', 'plain'],
  ])('should escape %j per OWASP', (input, expected) => {
    expect(toCsvField(input)).toBe(expected);
  });

  it('should round-trip through fromCsvField', () => {
    for (const text of ['=1+1', '@x', 'plain', "'kept", '-5', ' \u200B=1'])
      expect(fromCsvField(toCsvField(text))).toBe(text);
  });
});

describe('isFormulaLike', () => {
  it.each([
    ['=A1', true],
    ['-A1', true],
    ['-1', false],
    ['-1.5e3', false],
    ['', false],
    ['hello', false],
    [' \u00A0=A1', true],
  ])('should say %j → %s', (input, expected) => {
    expect(isFormulaLike(input)).toBe(expected);
  });
});

describe('mightReadAsValue', () => {
  it.each([
    ['007', true],
    ['TRUE', true],
    ['Acme 2030', true],
    ['(100)', true],
    ['Acme Foundation', false],
    ['', false],
  ])('should say %j → %s', (input, expected) => {
    expect(mightReadAsValue(input)).toBe(expected);
  });
});
