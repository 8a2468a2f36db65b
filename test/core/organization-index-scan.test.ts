/**
 * One clip posted to a long Stakeholders tab scans the rows with a cheap test instead of keying
 * each: the rows it finds must be exactly those full keying finds, whatever the names look like.
 */
import { describe, expect, it } from 'vitest';
import type { OrganizationKey } from '../../shared/identity/organization-identity.ts';
import {
  addOrganization,
  findOrganization,
  indexOrganizations,
  keyEveryRow,
} from '../../shared/identity/organization-index.ts';

const NAMES = [
  'Ford Foundation',
  'The Ford Foundation, Inc.',
  'FORD foundation',
  'Ford',
  'Müller & Söhne GmbH & Co. KG',
  'Muller and Sohne',
  'Straße der Hoffnung e. V.',
  'Strasse der Hoffnung',
  "St. Mary's Trust",
  'st marys trust',
  'S.T. Marys Trust',
  'Northern California DX Foundation (NCDXF)',
  'Northern California DX Foundation',
  'ООО «Ромашка»',
  'Ромашка',
  'PT Maju Jaya',
  'Maju Jaya',
  'Ｆｏｒｄ Ｆｏｕｎｄａｔｉｏｎ',
  'ﬁsh ﬁrst',
  'Fish First',
  '\u212Aids Trust',
  'Kids Trust',
  'A & B',
  'A and B',
  'Café Crème Ltd',
  'cafe creme',
  'A. G.',
  'X',
  '',
  42,
  'O\u2019Neil Fund',
  'ONeil Fund',
];

const SITES = [
  'https://www.ford.org/about',
  'http://FORD.org',
  'ford.org',
  'https://user@ford.org:8080/',
  'https://www2.ford.org.',
  'https://kids.wixsite.com/trust',
  'https://other.wixsite.com/trust',
  'https://www.facebook.com/kidstrust',
  'https://m.facebook.com/KidsTrust/',
  'https://münchen.de',
  'https://XN--MNCHEN-3YA.DE',
  'https://bücher.example/ü',
  'mailto:hi@ford.org',
  'not a site',
  '',
  undefined,
];

function rowsOf(count: number): OrganizationKey[] {
  return Array.from({ length: count }, (_, i) => ({
    name: NAMES[(i * 7) % NAMES.length],
    website: SITES[(i * 5) % SITES.length],
  }));
}

const QUERIES: OrganizationKey[] = NAMES.flatMap((name, i) =>
  SITES.filter((_, j) => (i + j) % 3 === 0).map((website) => ({ name, website })),
).concat(SITES.map((website) => ({ name: 'Someone Else Entirely', website })));

describe('organisation lookups that scan instead of keying every row', () => {
  it('should find the same row as full keying for every name and website shape', () => {
    const rows = rowsOf(NAMES.length * SITES.length);
    const keyed = indexOrganizations(rows);
    keyEveryRow(keyed);
    for (const query of QUERIES) {
      // A fresh index per lookup: each one scans.
      expect(findOrganization(indexOrganizations(rows), query, 'https://ford.org/list')).toEqual(
        findOrganization(keyed, query, 'https://ford.org/list'),
      );
    }
  });

  it('should find rows added in the request after the scanned ones, and keep answering past the scan limit', () => {
    const rows = rowsOf(40);
    const scanned = indexOrganizations(rows);
    const keyed = indexOrganizations(rows);
    keyEveryRow(keyed);
    QUERIES.forEach((query, i) => {
      expect(findOrganization(scanned, query)).toEqual(findOrganization(keyed, query));
      const added = { name: `Added ${i % 5}`, website: `https://added${i % 3}.example` };
      addOrganization(scanned, rows.length + i, added);
      addOrganization(keyed, rows.length + i, added);
    });
  });

  it('should find each row by a name written another way, alone in the tab', () => {
    const pairs: Array<[string, string]> = [
      ["St. Mary's Trust", 'St Marys Trust'],
      ['O.N.E. Foundation', 'ONE Foundation'],
      ['Müller & Söhne GmbH', 'Muller and Sohne'],
      ['\u212Aids Trust', 'Kids Trust'],
      ['ﬁsh ﬁrst', 'Fish First'],
      ['Hope & Light e. V.', 'Hope and Light'],
    ];
    for (const [row, query] of pairs) {
      const rows = [
        { name: 'Unrelated', website: '' },
        { name: row, website: '' },
      ];
      expect(findOrganization(indexOrganizations(rows), { name: query }), row).toEqual({
        position: 1,
        reason: 'same name',
      });
    }
  });
});
