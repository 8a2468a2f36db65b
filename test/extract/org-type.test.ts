import { describe, expect, it } from 'vitest';
import { findOrgType } from '../../shared/extract/org-type.ts';
import { readBody } from './page.ts';

describe('findOrgType', () => {
  it.each([
    ['Green Future Foundation', 'foundation'],
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
