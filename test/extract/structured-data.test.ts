import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../shared/extract/json-ld.ts';
import { readMicrodata } from '../../shared/extract/microdata.ts';
import { isGrant, isOrganization, propText } from '../../shared/extract/structured-data.ts';
import { parseDocument } from './page.ts';

const ld = (json: string) =>
  readJsonLd(
    parseDocument(
      `<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`,
    ),
  );

describe('readJsonLd', () => {
  it('should flatten @graph and resolve @id references', () => {
    const nodes = ld(`{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","@id":"#site","publisher":{"@id":"#org"}},
      {"@type":"NGO","@id":"#org","name":"River Trust","url":"https://rivertrust.org/"}]}`);
    const site = nodes.find((n) => n.types.includes('website'));
    expect(propText(site?.props.publisher as Record<string, unknown>, 'name')).toBe('River Trust');
    expect(nodes.filter(isOrganization).map((n) => propText(n, 'name'))).toEqual(['River Trust']);
  });

  it('should read top-level arrays and nested grants', () => {
    const nodes = ld(
      `[{"@type":"MonetaryGrant","name":"Seed Fund","amount":{"@type":"MonetaryAmount","maxValue":5000,"currency":"EUR"}}]`,
    );
    expect(nodes.filter(isGrant).map((n) => propText(n, 'name'))).toEqual(['Seed Fund']);
  });

  it('should mark the organisations of an ItemList as listed entries, not the page owner', () => {
    const nodes =
      ld(`[{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"NGO","name":"Food Bank"}}]},
      {"@type":"GovernmentOrganization","name":"City Council"}]`);
    const listed = new Map(nodes.filter(isOrganization).map((n) => [propText(n, 'name'), n.listed]));
    expect(listed).toEqual(
      new Map([
        ['Food Bank', true],
        ['City Council', false],
      ]),
    );
  });

  it.each([
    ['broken JSON', '{"@type": "Organization",'],
    ['a comment wrapper', '<!-- {"@type":"Organization","name":"X"} -->'],
    ['an empty script', ''],
  ])('should not throw on %s', (_, json) => {
    expect(() => ld(json)).not.toThrow();
  });
});

describe('readMicrodata', () => {
  it('should read an Organization and its own properties only', () => {
    const doc = parseDocument(`<div itemscope itemtype="https://schema.org/Organization">
      <span itemprop="name">Lake Fund</span><a itemprop="url" href="https://lakefund.org/">site</a>
      <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="name">Ignored</span>
      <meta itemprop="addressCountry" content="CA"></div></div>`);
    const org = readMicrodata(doc).find(isOrganization);
    expect(org && propText(org, 'name')).toBe('Lake Fund');
    expect(org && propText(org, 'url')).toBe('https://lakefund.org/');
    const address = org?.props.address as Record<string, unknown>[] | undefined;
    expect(address?.[0]).toMatchObject({ addressCountry: ['CA'] });
  });
});
