import { describe, expect, it } from 'vitest';
import {
  fromCsvField,
  isFormulaLike,
  TRUNCATION_MARKER,
  toCellValue,
  toCsvField,
  truncateText,
} from '../../shared/cell-safety.ts';
import { MAX_TEXT } from '../../shared/model.ts';

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
    [' =not a formula', ' =not a formula'],
  ])('should make %j safe text', (input, expected) => {
    expect(toCellValue(input)).toBe(expected);
  });

  it.each([
    [-5, -5],
    ['-5', -5],
    ['-12.5', -12.5],
    ['42', 42],
    [0, 0],
  ])('should keep the number %j a number', (input, expected) => {
    expect(toCellValue(input)).toBe(expected);
  });

  it('should write empty for null, undefined and non-finite numbers', () => {
    expect([null, undefined, Number.NaN, Number.POSITIVE_INFINITY].map(toCellValue)).toEqual([
      '',
      '',
      '',
      '',
    ]);
  });

  it('should join lists with "; " and then make them safe', () => {
    expect(toCellValue(['=a', 'b'])).toBe("'=a; b");
  });

  it('should cut text longer than a cell holds, with a visible marker', () => {
    const value = toCellValue('x'.repeat(MAX_TEXT + 10));
    expect(typeof value).toBe('string');
    expect((value as string).length).toBe(MAX_TEXT);
    expect((value as string).endsWith(TRUNCATION_MARKER)).toBe(true);
  });

  it('should keep dates and booleans as they are', () => {
    const date = new Date('2026-01-02T00:00:00Z');
    expect(toCellValue(date)).toBe(date);
    expect(toCellValue(true)).toBe(true);
  });
});

describe('truncateText', () => {
  it('should not split a surrogate pair at the cut', () => {
    const text = `${'a'.repeat(MAX_TEXT - TRUNCATION_MARKER.length - 1)}😀😀😀`;
    const cut = truncateText(`${text}${'b'.repeat(100)}`);
    expect(cut.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('should leave text at the limit untouched', () => {
    const text = 'y'.repeat(MAX_TEXT);
    expect(truncateText(text)).toBe(text);
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
    ['-5', '-5'],
    ['plain', 'plain'],
  ])('should escape %j per OWASP', (input, expected) => {
    expect(toCsvField(input)).toBe(expected);
  });

  it('should round-trip through fromCsvField', () => {
    for (const text of ['=1+1', '@x', 'plain', "'kept", '-5'])
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
  ])('should say %j → %s', (input, expected) => {
    expect(isFormulaLike(input)).toBe(expected);
  });
});
