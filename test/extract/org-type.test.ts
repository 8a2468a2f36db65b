import { describe, expect, it } from 'vitest';
import { findOrgType } from '../../shared/extract/org-type.ts';
import { readBody } from './page.ts';

describe('findOrgType', () => {
  it.each([
    ['Green Future Foundation', 'foundation'],
    ['Lantern Fund', 'foundation'],
    ['Bundesministerium für Bildung und Forschung', 'government'],
    ['New York City Department of Education', 'government'],
    ['Chicago Public Library', 'government'],
    ['Harvard Business School', 'academic'],
    ['Universidad de Chile', 'academic'],
    ['Acme Widgets Inc.', 'corporate'],
    ['Austin Amateur Radio Club', 'community'],
    ['Society of Amateur Radio Astronomers', 'ngo'],
    ['United Nations Development Programme', 'multilateral'],
  ])('should classify "%s" as %s from its name', (name, expected) => {
    expect(findOrgType(name, undefined, 'example.org', [])?.value).toBe(expected);
  });

  it('should use a schema.org type first', () => {
    expect(
      findOrgType('Acme', { types: ['ngo'], props: {}, source: 'json-ld' }, 'acme.com', []),
    ).toMatchObject({ value: 'ngo', source: 'json-ld' });
  });

  it('should read "NAME is a private foundation"', () => {
    const { text } = readBody(
      '<p>Radio Digital Commons (RDC) is a private foundation that supports open radio.</p>',
    );
    expect(findOrgType('Radio Digital Commons', undefined, 'rdc.net', text.blocks)?.value).toBe('foundation');
  });

  it('should read a .gov domain as government', () => {
    expect(findOrgType('NASA', undefined, 'www.nasa.gov', [])?.value).toBe('government');
  });

  it('should read a shop’s vocabulary as corporate', () => {
    const { text } = readBody('<p>Our products ship to loyal customers; see the price list.</p>');
    expect(findOrgType('Yoyodyne', undefined, 'yoyodyne.com', text.blocks)?.value).toBe('corporate');
  });
});

describe('findOrgType with corporate and multilateral cues', () => {
  it.each([
    ['European Rural Innovation Executive Agency', 'multilateral'],
    ['European Investment Bank', 'multilateral'],
    ['UN-Habitat', 'multilateral'],
  ])('should classify "%s" as %s, not government', (name, expected) => {
    expect(findOrgType(name, undefined, 'example.org', [])?.value).toBe(expected);
  });

  it.each([['erea.ec.europa.eu'], ['www.wipo.int']])(
    'should classify a body on %s as multilateral',
    (host) => {
      expect(findOrgType('Rural Innovation Office', undefined, host, [])?.value).toBe('multilateral');
    },
  );

  it('should classify a company’s giving page as corporate though it speaks of nonprofits and donations', () => {
    const { text } = readBody(
      '<main><p>Every year Cascade Outfitters donates 1% of sales to nonprofit partners, and our employees volunteer.</p>' +
        '<p>Our corporate giving program makes grants to nonprofit organizations near our stores.</p></main>' +
        '<footer><p>© 2026 Cascade Outfitters, Inc.</p></footer>',
    );
    expect(findOrgType('Cascade Outfitters', undefined, 'cascadeoutfitters.com', text.blocks)?.value).toBe(
      'corporate',
    );
  });

  it('should keep a nonprofit that thanks its corporate donors an ngo', () => {
    const { text } = readBody(
      '<main><p>Riverside Arts Collective is a nonprofit. We thank our corporate sponsors and donors.</p></main>' +
        '<footer><p>© 2026 Riverside Arts Collective, Inc.</p></footer>',
    );
    expect(findOrgType('Riverside Arts Collective', undefined, 'riversidearts.org', text.blocks)?.value).toBe(
      'ngo',
    );
  });
});
