import { describe, expect, it } from 'vitest';
import { extractPage } from '../../shared/extract/extract-page.ts';
import { toPlainCapture } from '../../shared/extract/plain-capture.ts';
import { parseDocument } from './page.ts';

const OPPORTUNITY = `<!doctype html><html lang="en"><head>
<title>Community Water Grants | Blue River Foundation</title>
<meta property="og:site_name" content="Blue River Foundation">
<link rel="canonical" href="https://www.blueriver.org/grants/water/">
</head><body>
<header><a class="logo" href="https://www.blueriver.org/"><img src="/logo.png" alt="Blue River Foundation logo"></a>
<nav><a href="/grants">Grants</a><a href="/about">About</a></nav></header>
<div class="cookie-notice"><p>We use cookies. Deadline for consent: January 1, 2030.</p></div>
<main><h1>Community Water Grants</h1>
<p>The Blue River Foundation (BRF) is a private foundation supporting clean water projects.</p>
<p>Grants of up to $25,000 are available for each project. Our annual gala tickets cost $150.</p>
<h2>Eligibility</h2><p>Registered non-profit organisations in Ontario may apply.</p>
<h2>How to apply</h2><p>Applications close on March 15, 2027. Posted on May 1, 2026.</p>
</main>
<footer><p>Blue River Foundation, 12 Main Street, Toronto, Canada</p>
<p>grants@blueriver.org · +1 416-555-0134</p><p>Website by <a href="mailto:studio@pixelworks.com">Pixelworks</a></p>
<p>© 2026 Blue River Foundation</p></footer></body></html>`;

describe('extractPage', () => {
  it('should capture a funding opportunity and its funder', () => {
    const plain = toPlainCapture(
      extractPage(parseDocument(OPPORTUNITY), 'https://www.blueriver.org/grants/water/?utm=x'),
    );
    expect(plain.kind).toBe('opportunity');
    expect(plain.organization).toMatchObject({
      name: 'Blue River Foundation',
      country: 'CA',
      type: 'foundation',
      website: 'https://www.blueriver.org/',
      emails: ['grants@blueriver.org'],
      phones: ['+1 416-555-0134'],
    });
    expect(plain.opportunity).toMatchObject({
      title: 'Community Water Grants',
      funder: 'Blue River Foundation',
      amountMin: null,
      amountMax: 25000,
      // A "$" on the page of a foundation whose address is in Canada is a Canadian dollar.
      currency: 'CAD',
      deadline: '2027-03-15',
      url: 'https://www.blueriver.org/grants/water/',
    });
    expect(plain.opportunity?.eligibility).toContain('Ontario');
  });

  it('should say where each field came from', () => {
    const capture = extractPage(parseDocument(OPPORTUNITY), 'https://www.blueriver.org/grants/water/');
    expect(capture.organization?.name?.source).toBe('meta');
    expect(capture.opportunity?.deadline).toMatchObject({ source: 'text' });
    expect(capture.opportunity?.deadline?.confidence).toBeGreaterThan(0);
    expect(capture.opportunity?.deadline?.confidence).toBeLessThanOrEqual(1);
  });

  it('should capture an organisation page from JSON-LD', () => {
    const html = `<html><head><title>About | Hill Trust</title><script type="application/ld+json">
      {"@context":"https://schema.org","@type":"NGO","name":"Hill Trust","url":"https://hilltrust.org",
       "address":{"@type":"PostalAddress","addressCountry":"GB"},"email":"hello@hilltrust.org"}</script></head>
      <body><main><h1>About us</h1><p>We protect upland habitats. Email hello@hilltrust.org.</p></main></body></html>`;
    const plain = toPlainCapture(extractPage(parseDocument(html), 'https://hilltrust.org/about'));
    expect(plain).toMatchObject({
      kind: 'organization',
      opportunity: null,
      items: [],
      organization: {
        name: 'Hill Trust',
        type: 'ngo',
        website: 'https://hilltrust.org/',
        country: 'GB',
        emails: ['hello@hilltrust.org'],
      },
    });
  });

  it('should read amounts and the funder from a schema.org MonetaryGrant', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"MonetaryGrant","name":"Seed Fund 2027",
      "funder":{"@type":"Organization","name":"Lake Fund"},"amount":{"@type":"MonetaryAmount","minValue":1000,"maxValue":5000,"currency":"EUR"}}
      </script></head><body><h1>Seed Fund 2027</h1></body></html>`;
    const plain = toPlainCapture(extractPage(parseDocument(html), 'https://lakefund.eu/seed'));
    expect(plain.opportunity).toMatchObject({
      title: 'Seed Fund 2027',
      funder: 'Lake Fund',
      amountMin: 1000,
      amountMax: 5000,
      currency: 'EUR',
    });
  });

  it('should not guess a website for a placeholder address', () => {
    const plain = toPlainCapture(
      extractPage(parseDocument('<p>Hello</p>'), 'https://docs.example.invalid/draft.html'),
    );
    expect(plain.organization?.website ?? null).toBeNull();
  });

  it.each([
    ['an empty string', ''],
    ['a relative URL', '/page'],
    ['garbage', '::::'],
  ])('should not throw for %s as the URL', (_, url) => {
    expect(() => extractPage(parseDocument('<p>x</p>'), url)).not.toThrow();
  });
});
