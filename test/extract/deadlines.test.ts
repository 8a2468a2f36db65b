import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../shared/extract/deadlines.ts';
import { readBody } from './page.ts';

const deadlines = (body: string, lang = 'en') =>
  findDeadlines(readBody(body).text.blocks, lang).map((d) => d.date);

describe('findDeadlines', () => {
  it.each([
    ['en', '<p>Deadline: March 15, 2027</p>', '2027-03-15'],
    ['en', '<p>Applications close on 1 October 2026.</p>', '2026-10-01'],
    ['en', '<p>Apply by 2026-11-30 through the portal.</p>', '2026-11-30'],
    ['en', '<p>This offer runs through August 31st, 2026.</p>', '2026-08-31'],
    ['de', '<p>Bewerbungsschluss ist der 30.09.2026.</p>', '2026-09-30'],
    ['de', '<p>Einsendeschluss: 1. Oktober 2026</p>', '2026-10-01'],
    ['fr', '<p>Date limite : 15 mars 2027</p>', '2027-03-15'],
    ['es', '<p>Fecha límite: 15 de marzo de 2027</p>', '2027-03-15'],
    ['pt', '<p>Prazo: 15 de março de 2027</p>', '2027-03-15'],
  ])('should read a %s deadline in %s', (lang, body, expected) => {
    expect(deadlines(body, lang)[0]).toBe(expected);
  });

  it('should take the year from the sentence that introduces yearless dates', () => {
    expect(
      deadlines('<p>The 2026 application deadlines are:</p><ul><li>February 1</li><li>April 1</li></ul>')[0],
    ).toBe('2026-02-01');
  });

  it.each([
    ['a recurring date', '<p>Applications close July 31 each year.</p>'],
    ['"due to"', '<p>Due to the storm, the office closed early on April 3, 2014.</p>'],
    ['a performance period', '<p>The period of performance is July 1, 2024, through June 30, 2029.</p>'],
    ['a posting date', '<p>Posted on May 1, 2026. Read more about our work.</p>'],
    ['a blank placeholder', '<p>Application Deadline: [ ]</p>'],
  ])('should find no deadline in %s', (_, body) => {
    expect(deadlines(body)).toEqual([]);
  });
});
