import { describe, expect, it } from 'vitest';
import { extractPage } from '../../shared/extract/extract-page.ts';
import { mapSdgs } from '../../shared/extract/sdgs.ts';
import { parseDocument } from './page.ts';

const organization = (body: string, head = '') =>
  extractPage(
    parseDocument(
      `<html><head><title>About | Lakeside Fund</title>${head}</head><body><main><h1>About us</h1>${body}</main></body></html>`,
    ),
    'https://lakeside-fund.example.org/about',
  ).organization;
const areas = (body: string, head = '') => organization(body, head)?.focusAreas.map((f) => f.value);

describe('extractPage focus areas', () => {
  it.each([
    [
      '"our focus areas are …"',
      '<p>Since 1990 we have made grants. Our focus areas are food security, youth programmes and clean water.</p>',
      ['food security', 'youth programmes', 'clean water'],
    ],
    [
      '"priorities include …"',
      '<p>Our priorities include affordable housing, mental health, and job training.</p>',
      ['affordable housing', 'mental health', 'job training'],
    ],
    [
      '"areas of work: …"',
      '<p>Areas of work: climate adaptation; renewable energy; coastal wetlands.</p>',
      ['climate adaptation', 'renewable energy', 'coastal wetlands'],
    ],
    [
      '"we fund … in X, Y and Z"',
      '<p>We fund grassroots groups working in early literacy, girls’ education and school meals.</p>',
      ['early literacy', 'girls’ education', 'school meals'],
    ],
  ])('should read the areas a sentence lists: %s', (_, body, expected) => {
    expect(areas(body)).toEqual(expected);
  });

  it('should not take place names for focus areas', () => {
    expect(areas('<p>We support local groups in Portland, Salem and Eugene.</p>')).toEqual([]);
  });

  it('should read JSON-LD knowsAbout and keywords before the text', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NGO',
      name: 'Lakeside Fund',
      knowsAbout: ['Watershed restoration', { '@type': 'Thing', name: 'Environmental education' }],
      keywords: 'watershed restoration, citizen science',
    };
    const org = organization(
      '<p>Our focus areas are river monitoring and tree planting.</p>',
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    );
    expect(org?.focusAreas.map((f) => f.value)).toEqual([
      'Watershed restoration',
      'Environmental education',
      'citizen science',
      'river monitoring',
      'tree planting',
    ]);
    expect(org?.focusAreas[0]?.source).toBe('json-ld');
  });

  it('should fall back to the keywords meta tag when it lists several terms', () => {
    expect(
      areas('<p>Hello.</p>', '<meta name="keywords" content="arts education, public murals, youth theatre">'),
    ).toEqual(['arts education', 'public murals', 'youth theatre']);
  });

  it('should keep at most eight areas', () => {
    const list = Array.from({ length: 12 }, (_, i) => `topic number ${i + 1}`).join(', ');
    expect(areas(`<p>Our focus areas are ${list} and more topics.</p>`)).toHaveLength(8);
  });

  it('should not list contact details found under a "Programs" heading', () => {
    expect(
      areas(
        '<h2>Programs</h2><p>More information</p><p>1-617-555-0101</p><p>programs@lakeside-fund.example.org</p>',
      ),
    ).toEqual([]);
  });

  it('should read the entries under the most specific "programmes" heading', () => {
    const body =
      '<h2>What we do</h2><p>Jo Bloggs, Director</p><p>Annual report</p><h3>Our programmes</h3><p>River restoration</p><p>Citizen science</p>';
    expect(areas(body)).toEqual(['River restoration', 'Citizen science']);
  });

  it('should map the areas of the sentence to SDGs', () => {
    expect(
      organization('<p>Our focus areas are food security, youth programmes and clean water.</p>')?.sdgs,
    ).toEqual([2, 6]);
  });
});

describe('mapSdgs', () => {
  it.each([
    [['food banks'], [2]],
    [['maternal health'], [3]],
    [['early literacy'], [4]],
    [['gender equality'], [5]],
    [['clean water'], [6]],
    [['solar energy'], [7]],
    [['jobs for young people'], [8]],
    [['climate action'], [13]],
    [['youth programmes'], []],
    [['amateur radio'], []],
  ])('should map %j to %j', (focusAreas, goals) => {
    expect(mapSdgs(focusAreas)).toEqual(goals);
  });
});

describe('extractPage focus areas under a heading', () => {
  it('should take the list under "Our priorities" without its lead-in sentence', () => {
    expect(
      areas(
        '<h2>Our priorities</h2><p>We fund work in three areas:</p><ul><li>Mental health and addictions</li><li>Food security</li><li>Rural and northern health care</li></ul>',
      ),
    ).toEqual(['Mental health and addictions', 'Food security', 'Rural and northern health care']);
  });

  it('should not take menu words and slogans for areas', () => {
    expect(
      areas(
        '<h2>Programs</h2><ul><li>Grants</li><li>Sell</li><li>A place to belong</li><li>Donate</li></ul>',
      ),
    ).toEqual([]);
  });

  it('should map the listed areas to SDGs', () => {
    const org = organization(
      '<h2>Our priorities</h2><ul><li>Mental health and addictions</li><li>Food security</li><li>Clean water</li></ul>',
    );
    expect(org?.sdgs).toEqual([2, 3, 6]);
  });
});
