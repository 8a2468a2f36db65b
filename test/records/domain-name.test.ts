import { describe, expect, it } from 'vitest';
import { websiteDomain } from '../../shared/records/domain.ts';
import { normaliseName } from '../../shared/records/name.ts';

describe('websiteDomain', () => {
  it.each([
    ['https://www.Example.org/about?x=1#top', 'example.org'],
    ['http://example.org:8080', 'example.org'],
    ['example.org/path', 'example.org'],
    ['//www2.example.org', 'example.org'],
    ['https://user:pw@grants.example.org/', 'grants.example.org'],
    ['https://example.org.', 'example.org'],
    ['https://www.linkedin.com/company/acme', undefined],
    ['https://www.guidestar.org/profile/12-3456789', undefined],
    ['https://linktr.ee/acme', undefined],
    ['https://acme.wordpress.com/', 'acme.wordpress.com'],
    ['not a url', undefined],
    ['localhost', undefined],
    ['', undefined],
  ])('should read %j as %j', (website, domain) => {
    expect(websiteDomain(website)).toBe(domain);
  });
});

describe('normaliseName', () => {
  it.each([
    ['The Ford Foundation, Inc.', 'ford foundation'],
    ['Deutsches Rotes Kreuz e.V.', 'deutsches rotes kreuz'],
    ['Stiftung Lesen gGmbH', 'stiftung lesen'],
    ['Acme Pty Ltd', 'acme'],
    ['Fundación Pública', 'fundacion publica'],
    ['Smith & Sons Co.', 'smith and sons'],
    ['  ÜBER   Hilfe  ', 'uber hilfe'],
    ['Inc.', 'inc'],
  ])('should normalise %j to %j', (name, normalised) => {
    expect(normaliseName(name)).toBe(normalised);
  });

  it('should keep "Foundation" so a company and its foundation stay apart', () => {
    expect(normaliseName('Ford Foundation')).not.toBe(normaliseName('Ford'));
  });
});
