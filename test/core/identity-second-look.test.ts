/**
 * Identity on shapes met after issue 9 landed: calls of one listing page that differ by a round or
 * a year, legal forms written with spaces or in other languages, a trailing acronym in brackets.
 */
import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../shared/identity/name-words.ts';
import { matchOpportunity, type OpportunityKey } from '../../shared/identity/opportunity-identity.ts';
import { matchOrganization } from '../../shared/identity/organization-identity.ts';
import { normaliseWebAddress } from '../../shared/identity/web-address.ts';

const LISTING = 'https://www.acmefoundation.example/grants/';

// biome-ignore format: one pair a line reads as a table
const CALLS: [string, OpportunityKey, OpportunityKey, string | undefined][] = [
  ['spring and autumn rounds on one listing page', { title: 'Community Grants – Spring Round', funder: 'Acme Foundation', url: LISTING }, { title: 'Community Grants – Autumn Round', funder: 'Acme Foundation', url: LISTING }, 'possible duplicate'],
  ['the 2025 and the 2026 call on one listing page', { title: 'Innovation Fund 2025', funder: 'Acme Foundation', url: LISTING }, { title: 'Innovation Fund 2026', funder: 'Acme Foundation', url: `${LISTING}?utm_source=newsletter` }, 'possible duplicate'],
  ['stage 1 and stage 2 of one programme', { title: 'Seed Grants Stage 1', url: LISTING }, { title: 'Seed Grants Stage 2', url: LISTING }, 'possible duplicate'],
  ['the same call re-clipped with a longer title', { title: 'Innovation Fund', url: LISTING }, { title: 'Innovation Fund 2026', url: 'http://acmefoundation.example/grants?fbclid=x' }, 'same link'],
  ['the same call with its acronym', { title: 'CubeSat Launch Initiative', url: LISTING }, { title: 'CubeSat Launch Initiative (CSLI)', url: LISTING }, 'same link'],
];

describe('opportunities on one listing page', () => {
  it.each(CALLS)('%s', (_what, a, b, expected) => {
    for (const [left, right] of [
      [a, b],
      [b, a],
    ] as const) {
      const match = matchOpportunity(left, right);
      expect(match?.possibleDuplicate ? 'possible duplicate' : match?.reason).toBe(expected);
    }
  });
});

describe('legal forms and acronyms in names', () => {
  it.each([
    ['Aktion Mensch e. V.', 'Aktion Mensch'],
    ['Acme S. A.', 'Acme'],
    ['Acme A/S', 'Acme'],
    ['Robert Bosch GmbH & Co. KG', 'Robert Bosch'],
    ['Oxfam Solidarité asbl', 'Oxfam Solidarite'],
    ['Fondazione Cariplo ONLUS', 'Fondazione Cariplo'],
    ['Instituto Acme Ltda.', 'Instituto Acme'],
    ['Fundación Acme S.L.', 'Fundacion Acme'],
    ['Acme Pvt. Ltd.', 'Acme'],
    ['Allianz SE', 'Allianz'],
    ['Northern California DX Foundation (NCDXF)', 'Northern California DX Foundation'],
    ['Health Resources and Services Administration (HRSA)', 'Health Resources and Services Administration'],
    ['АНО «Центр развития»', 'Центр развития'],
    ['ООО "Ромашка"', 'Ромашка'],
    ['PT Telkom Indonesia Tbk', 'Telkom Indonesia'],
  ])('should find %j and %j the same organisation', (a, b) => {
    expect(normaliseName(a)).toBe(normaliseName(b));
    expect(matchOrganization({ name: a }, { name: b })?.reason).toBe('same name');
  });

  it.each([
    ['Plan A', 'Plan'],
    ['Smith and Co', 'Smith'],
    ['Acme (Kenya)', 'Acme'],
    ['Bread for the World (Germany)', 'Bread for the World'],
  ])('should keep %j and %j apart', (a, b) => {
    expect(normaliseName(a)).not.toBe(normaliseName(b));
  });
});

describe('click ids of search, ads and social apps', () => {
  it.each([
    'https://www.ncdxf.org/pages/grant-app.html?srsltid=AfmBOoq3xyz',
    'https://ncdxf.org/pages/grant-app.html?gad_source=1&gclid=abc',
    'https://ncdxf.org/pages/grant-app.html?ttclid=1&li_fat_id=2&epik=3',
    'https://ncdxf.org/pages/grant-app.html?igsh=MWZ4&mibextid=Zxz2cZ',
  ])('should read %j as the page without them', (address) => {
    expect(normaliseWebAddress(address)).toBe('ncdxf.org/pages/grant-app.html');
  });
});
