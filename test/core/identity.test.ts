import { describe, expect, it } from 'vitest';
import { textsConflict } from '../../shared/identity/name-conflict.ts';
import { normaliseName } from '../../shared/identity/name-words.ts';
import { matchOpportunity, type OpportunityKey } from '../../shared/identity/opportunity-identity.ts';
import { matchOrganization, type OrganizationKey } from '../../shared/identity/organization-identity.ts';
import { normaliseWebAddress, sameHost } from '../../shared/identity/web-address.ts';

type OrgCase = [string, OrganizationKey, OrganizationKey, string | undefined, string?];

const CEDAR = 'https://www.cedarprairiecf.example/nonprofit-directory/';

// [what, a, b, expected reason (undefined: different), listedOn]
// biome-ignore format: one pair a line reads as a table
const ORGANIZATIONS: OrgCase[] = [
  ['same site, different pages', { name: 'Acme Trust', website: 'https://acme.org/about' }, { name: 'Acme Trust', website: 'acme.org/contact' }, 'same name'],
  ['same host with and without www', { name: 'Acme', website: 'https://www.acme.org/' }, { name: 'ACME Water', website: 'http://acme.org' }, 'same website'],
  ['same host, other page, related name', { name: 'Acme Water Trust', website: 'https://acme.org/water' }, { name: 'Acme', website: 'https://acme.org/' }, 'same website'],
  ['"The X Foundation" and "X Foundation Inc."', { name: 'The Riverside Foundation' }, { name: 'Riverside Foundation Inc.' }, 'same name'],
  ['German legal forms', { name: 'Deutsches Rotes Kreuz e.V.' }, { name: 'deutsches rotes kreuz' }, 'same name'],
  ['gGmbH', { name: 'Stiftung Lesen gGmbH' }, { name: 'Stiftung Lesen' }, 'same name'],
  ['accents and case', { name: 'Fundación Pública' }, { name: 'FUNDACION PUBLICA' }, 'same name'],
  ['ampersand and punctuation', { name: 'Smith & Sons Co.' }, { name: 'Smith and Sons' }, 'same name'],
  ['acronym on the same host', { name: 'ARDC', website: 'https://www.ardc.net/' }, { name: 'Amateur Radio Digital Communications', website: 'https://ardc.net/about' }, 'same website'],
  ['acronym without stop words', { name: 'BMGF', website: 'https://gatesfoundation.org' }, { name: 'Bill & Melinda Gates Foundation', website: 'https://www.gatesfoundation.org/' }, 'same website'],
  ['acronym with a generic word', { name: 'ARDC Foundation', website: 'https://ardc.net' }, { name: 'Amateur Radio Digital Communications', website: 'https://ardc.net' }, 'same website'],
  ['a word of the other name', { name: 'Amnesty International UK', website: 'https://amnesty.org.uk' }, { name: 'Amnesty', website: 'https://www.amnesty.org.uk/' }, 'same website'],
  ['owner and entry on the directory host', { name: 'Cedar Prairie Community Foundation', website: 'https://www.cedarprairiecf.example/' }, { name: 'Riverbend Food Shelf', website: 'https://www.cedarprairiecf.example/nonprofit-directory/riverbend-food-shelf/' }, 'possible duplicate'],
  ['two organisations sharing only generic words', { name: 'Acme Foundation', website: 'https://host.example/a' }, { name: 'Zed Foundation', website: 'https://host.example/b' }, 'possible duplicate'],
  ['two entries on the listing host', { name: 'Riverbend Food Shelf', website: `${CEDAR}riverbend-food-shelf/` }, { name: 'Prairie Youth Soccer', website: `${CEDAR}prairie-youth-soccer/` }, undefined, CEDAR],
  ['one entry twice on the listing host', { name: 'Riverbend Food Shelf', website: `${CEDAR}riverbend-food-shelf` }, { name: 'Riverbend Food Shelf Inc', website: `${CEDAR}riverbend-food-shelf/?utm_source=x` }, 'same name', CEDAR],
  ['same profile page on the listing host, other name', { name: 'Riverbend Shelf', website: `${CEDAR}riverbend/` }, { name: 'Riverbend Food Shelf', website: `${CEDAR}riverbend` }, 'same website', CEDAR],
  ['owner and entry with an empty website', { name: 'Cedar Prairie Community Foundation', website: 'https://www.cedarprairiecf.example/' }, { name: 'Riverbend Food Shelf', website: '' }, undefined],
  ['two facebook pages', { name: 'Acme', website: 'https://www.facebook.com/acme' }, { name: 'Zed', website: 'https://facebook.com/zed' }, undefined],
  ['one facebook page, mobile host', { name: 'Acme Youth', website: 'https://m.facebook.com/AcmeYouth/' }, { name: 'Acme Youth Club', website: 'https://www.facebook.com/acmeyouth' }, 'same website'],
  ['two linktr.ee pages', { name: 'Acme', website: 'https://linktr.ee/acme' }, { name: 'Acme Kids', website: 'https://linktr.ee/acmekids' }, undefined],
  ['two LinkedIn company pages', { name: 'Acme', website: 'https://www.linkedin.com/company/acme' }, { name: 'Bolt', website: 'https://uk.linkedin.com/company/bolt' }, undefined],
  ['two wordpress.com sites', { name: 'Acme', website: 'https://acme.wordpress.com' }, { name: 'Bolt', website: 'https://bolt.wordpress.com' }, undefined],
  ['two GuideStar profiles', { name: 'Acme', website: 'https://www.guidestar.org/profile/12-345' }, { name: 'Bolt', website: 'https://www.guidestar.org/profile/67-890' }, undefined],
  ['different hosts, different names', { name: 'Acme', website: 'https://acme.org' }, { name: 'Bolt', website: 'https://bolt.org' }, undefined],
  ['a company and its foundation', { name: 'Ford Foundation' }, { name: 'Ford' }, undefined],
  ['same name, no websites', { name: 'Greenfield Trust' }, { name: 'greenfield trust' }, 'same name'],
  ['similar but different names', { name: 'Greenfield Trust' }, { name: 'Greenfield Community Trust' }, undefined],
  ['a javascript: website is no website', { name: 'Acme', website: 'javascript:alert(1)' }, { name: 'Bolt', website: 'javascript:alert(1)' }, undefined],
  ['a port and credentials do not matter', { name: 'Acme', website: 'https://user@acme.org:8443/x' }, { name: 'Acme Org', website: 'acme.org' }, 'same website'],
];

describe('matchOrganization', () => {
  it.each(ORGANIZATIONS)('%s', (_what, a, b, expected, listedOn) => {
    for (const [left, right] of [
      [a, b],
      [b, a],
    ] as const) {
      const match = matchOrganization(left, right, listedOn);
      const got = match?.possibleDuplicate ? 'possible duplicate' : match?.reason;
      expect(got).toBe(expected);
    }
  });
});

type OppCase = [string, OpportunityKey, OpportunityKey, string | undefined];

// biome-ignore format: one pair a line reads as a table
const OPPORTUNITIES: OppCase[] = [
  ['one grant, a URL with tracking parameters', { title: 'Water Grant', url: 'https://fund.org/grants/water' }, { title: 'Water Grant 2026', url: 'https://www.fund.org/grants/water/?utm_source=newsletter&utm_medium=email&fbclid=abc' }, 'same link'],
  ['one grant, gclid, mc_cid, ref and a fragment', { title: 'Water Grant', url: 'https://fund.org/w?id=7&gclid=1&mc_cid=2&mc_eid=3&ref=home#apply' }, { title: 'Water Grant', url: 'http://fund.org/w?id=7' }, 'same link'],
  ['query parameters that pick the page differ', { title: 'Water Grant', url: 'https://fund.org/call?id=7' }, { title: 'Youth Grant', url: 'https://fund.org/call?id=8' }, undefined],
  ['two grants from one funder', { title: 'Water Grant', funder: 'Fund Foundation', url: 'https://fund.org/grants/water' }, { title: 'Youth Sports Grant', funder: 'Fund Foundation', url: 'https://fund.org/grants/youth' }, undefined],
  ['same title and funder, other pages', { title: 'The Water Grant', funder: 'Fund Foundation Inc.', url: 'https://fund.org/a' }, { title: 'water grant', funder: 'The Fund Foundation', url: 'https://grants.example/b' }, 'same title and funder'],
  ['same title, other funders', { title: 'Community Grants', funder: 'Acme Foundation' }, { title: 'Community Grants', funder: 'Bolt Trust' }, undefined],
  ['same title, no funder', { title: 'Community Grants' }, { title: 'Community Grants' }, undefined],
  ['one listing page, two calls', { title: 'Water Grant', url: 'https://fund.org/grants' }, { title: 'Youth Sports Award', url: 'https://fund.org/grants/' }, 'possible duplicate'],
  ['same page, title with the year', { title: 'Water Grant', url: 'https://fund.org/grants/water' }, { title: '2026 Water Grant', url: 'https://FUND.org/grants/water' }, 'same link'],
  ['no link and no funder', { title: 'Water Grant' }, { title: 'Youth Grant' }, undefined],
];

describe('matchOpportunity', () => {
  it.each(OPPORTUNITIES)('%s', (_what, a, b, expected) => {
    for (const [left, right] of [
      [a, b],
      [b, a],
    ] as const) {
      const match = matchOpportunity(left, right);
      expect(match?.possibleDuplicate ? 'possible duplicate' : match?.reason).toBe(expected);
    }
  });

  it('should hold at least 40 pairs between organisations and opportunities', () => {
    expect(ORGANIZATIONS.length + OPPORTUNITIES.length).toBeGreaterThanOrEqual(40);
  });
});

describe('normaliseWebAddress', () => {
  it.each([
    ['https://www.Example.org/About/?b=2&a=1&utm_campaign=x#top', 'example.org/about?a=1&b=2'],
    ['http://example.org:8080', 'example.org'],
    ['example.org/path/', 'example.org/path'],
    ['//www2.example.org', 'example.org'],
    ['https://user:pw@grants.example.org/', 'grants.example.org'],
    ['https://example.org.', 'example.org'],
    ['https://m.facebook.com/acme', 'facebook.com/acme'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['mailto:a@b.org', undefined],
    ['not a url', undefined],
    ['localhost', undefined],
    ['', undefined],
  ])('should read %j as %j', (address, normalised) => {
    expect(normaliseWebAddress(address)).toBe(normalised);
  });
});

describe('normaliseName', () => {
  it.each([
    ['The Ford Foundation, Inc.', 'ford foundation'],
    ['Acme Pty Ltd', 'acme'],
    ['  ÜBER   Hilfe  ', 'uber hilfe'],
    ['Inc.', 'inc'],
  ])('should normalise %j to %j', (name, normalised) => {
    expect(normaliseName(name)).toBe(normalised);
  });
});

describe('textsConflict', () => {
  it.each([
    ['ARDC', 'Amateur Radio Digital Communications', false],
    ['Riverbend Food Shelf', 'Cedar Prairie Community Foundation', true],
    ['Acme', '', false],
    ['Acme', 'Acme Water Trust', false],
  ])('should say %j and %j conflict: %s', (a, b, expected) => {
    expect(textsConflict(a, b)).toBe(expected);
  });
});

describe('sameHost', () => {
  it.each([
    ['https://www.cedarprairiecf.example/nonprofit-directory/riverbend/', CEDAR, true],
    ['https://cedarprairiecf.example/x', CEDAR, true],
    ['https://riverbendfoodshelf.example/', CEDAR, false],
    ['javascript:alert(1)', 'javascript:alert(2)', false],
    ['', '', false],
  ])('should say %j is on the host of %j: %s', (link, page, expected) => {
    expect(sameHost(link, page)).toBe(expected);
  });
});
