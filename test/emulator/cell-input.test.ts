/**
 * The emulator reads a written string as Sheets (en_US) does when a person types it: currency
 * amounts become numbers and clock times become times, as in the real service; text that Sheets
 * keeps as text stays text.
 */
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../apps-script/emulator/cell-input.ts';

describe('parseInput (en_US)', () => {
  it.each([
    ['$1,000', 1000],
    ['$1,000.50', 1000.5],
    ['$5', 5],
    ['-$5', -5],
  ])('should read the currency amount %j as the number %j', (typed, value) => {
    expect(parseInput(typed, 'Etc/UTC').value).toBe(value);
  });

  it.each([
    ['12:30', '1899-12-30T12:30:00.000Z'],
    ['12:30:45', '1899-12-30T12:30:45.000Z'],
    ['9:05 PM', '1899-12-30T21:05:00.000Z'],
    ['12:00 am', '1899-12-30T00:00:00.000Z'],
  ])('should read the clock time %j as a time (a Date on 1899-12-30)', (typed, iso) => {
    const { value } = parseInput(typed, 'Etc/UTC');
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).toISOString()).toBe(iso);
  });

  it.each(['1.000,50', '1 000', '$', '$ ', '$1,00', '12:3', '12:60', '13:00 PM', 'US$5'])(
    'should keep %j as text',
    (typed) => {
      expect(parseInput(typed, 'Etc/UTC').value).toBe(typed);
    },
  );
});
