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
    [
      'es',
      '<p>El plazo de presentación estará abierto hasta el 15 de marzo de 2027 a las 14:00.</p>',
      '2027-03-15',
    ],
    ['fr', '<p>Date limite de dépôt : 31/01/2027 à minuit</p>', '2027-01-31'],
    ['pt', '<p>As inscrições são gratuitas e vão até 10 de abril de 2027.</p>', '2027-04-10'],
    ['it', '<p>Le domande devono essere presentate entro il 30 aprile 2027.</p>', '2027-04-30'],
    ['it', '<p>Scadenza: 15/05/2027 ore 12:00</p>', '2027-05-15'],
    ['nl', '<p>De sluitingsdatum is 1 maart 2027.</p>', '2027-03-01'],
    ['nl', '<p>Aanvragen kan tot en met 15 januari 2027.</p>', '2027-01-15'],
    ['en-au', '<p>Applications close 5pm AEST, Friday 14 February 2027.</p>', '2027-02-14'],
    ['en-us', '<p>Closing date: 03/05/2027</p>', '2027-03-05'],
    ['en-gb', '<p>Closing date: 03/05/2027</p>', '2027-05-03'],
    ['es', '<p>Fecha límite: 03/05/2027</p>', '2027-05-03'],
    ['en', '<p>Applications: open 1 Jan – 31 Mar 2027</p>', '2027-03-31'],
    ['fr', '<p>Appel ouvert du 1er février au 30 avril 2027.</p>', '2027-04-30'],
    ['es', '<p>Plazo de solicitud: del 1 de febrero al 15 de marzo de 2027.</p>', '2027-03-15'],
    ['pt', '<p>Inscrições de 1º de março a 10 de abril de 2027.</p>', '2027-04-10'],
    ['de', '<p>Die Einreichungsfrist ist der 28.02.2027.</p>', '2027-02-28'],
    ['en', '<p>Submission window: January 1 – March 31, 2027</p>', '2027-03-31'],
  ])('should read a %s deadline in %s', (lang, body, expected) => {
    expect(deadlines(body, lang)[0]).toBe(expected);
  });

  it.each([
    ['<p>Plazo de presentación: hasta el 15 de marzo de 2027.</p>', '2027-03-15'],
    ['<p>Scadenza: 30 aprile 2027</p>', '2027-04-30'],
    ['<p>Deadline: 03/05/2027</p>', '2027-03-05'],
  ])('should read %s on a page that does not say its language', (body, expected) => {
    expect(deadlines(body, '')[0]).toBe(expected);
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
    [
      'a rolling deadline',
      '<p>Rolling deadline: the board reviews requests at its meeting on 4 April 2027.</p>',
    ],
  ])('should find no deadline in %s', (_, body) => {
    expect(deadlines(body)).toEqual([]);
  });

  it.each([
    ['es', 'a publication date', '<p>Publicado el 12 de noviembre de 2026</p>'],
    ['es', 'an information day', '<p>Jornada informativa el 20 de enero de 2027 en Valladolid.</p>'],
    ['de', 'a publication date', '<p>Veröffentlicht am 3. November 2026</p>'],
    [
      'de',
      'an event under a "Termine" heading',
      '<h2>Termine</h2><p>Infoabend am 12. Januar 2027 in Kassel.</p>',
    ],
    ['fr', 'an update date', '<p>Mis à jour le 3 mars 2026.</p>'],
    ['it', 'a publication date', '<p>Pubblicato il 20 ottobre 2026</p>'],
    ['nl', 'an information evening', '<p>Informatiebijeenkomst op 14 januari 2027 in Rotterdam.</p>'],
    ['pt', 'a workshop date', '<p>Oficina de elaboração de projetos em 15 de março de 2027 no Recife.</p>'],
  ])('should find no deadline in a %s %s', (lang, _, body) => {
    expect(deadlines(body, lang)).toEqual([]);
  });
});

describe('findDeadlines without a year', () => {
  it('should date a closing day by the period it opens', () => {
    expect(
      deadlines(
        '<p>Proposal window opened July 1 and closes on September 30 for contacts to be held from January to June 2027.</p>',
      ),
    ).toEqual(['2026-09-30']);
  });

  it('should date it in the same year when the period starts later that year', () => {
    expect(
      deadlines('<p>Applications close on March 15 for projects starting in September 2027.</p>'),
    ).toEqual(['2027-03-15']);
  });

  it('should leave a recurring date undated', () => {
    expect(
      deadlines('<p>Applications close July 31 each year for awards made in September 2027.</p>'),
    ).toEqual([]);
  });
});
