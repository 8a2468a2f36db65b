import { describe, expect, it } from 'vitest';
import { findEmails } from '../../shared/extract/emails.ts';
import { extractPage } from '../../shared/extract/extract-page.ts';
import { parseDocument, readBody } from './page.ts';

const emails = (body: string, host = 'www.greenfund.org') =>
  findEmails(readBody(body).text, host).map((e) => e.value);

describe('findEmails', () => {
  it.each([
    [
      'a mailto link',
      '<a href="mailto:grants@greenfund.org?subject=Hi">Email us</a>',
      ['grants@greenfund.org'],
    ],
    ['plain text', '<p>Write to info@greenfund.org today.</p>', ['info@greenfund.org']],
    ['"name [at] domain"', '<p>Contact: grants [at] greenfund [dot] org</p>', ['grants@greenfund.org']],
    [
      '"name at domain dot org"',
      '<p>Email the form to grants at greenfund dot org</p>',
      ['grants@greenfund.org'],
    ],
    ['"name (at) domain.org"', '<p>office (at) greenfund.org</p>', ['office@greenfund.org']],
  ])('should find an address written as %s', (_, body, expected) => {
    expect(emails(body)).toEqual(expected);
  });

  it('should prefer the address a link shows over a placeholder in its href', () => {
    expect(emails('<a href="mailto:XXXX@greenfund.org">jane@greenfund.org</a>')).toEqual([
      'jane@greenfund.org',
    ]);
  });

  it('should leave out a web agency address when the organisation has its own', () => {
    const body =
      '<p>info@greenfund.org</p><footer>Site by <a href="mailto:hello@pixelagency.com">hello@pixelagency.com</a></footer>';
    expect(emails(body)).toEqual(['info@greenfund.org']);
  });

  it('should not read addresses from comments, scripts or hidden elements', () => {
    const body =
      '<!-- old@greenfund.org --><script>x="js@greenfund.org"</script><div hidden>h@greenfund.org</div><p>ok@greenfund.org</p>';
    expect(emails(body)).toEqual(['ok@greenfund.org']);
  });

  it('should not read "apply at grants.gov" as an address', () => {
    expect(emails('<p>Apply at grants.gov before the deadline.</p>')).toEqual([]);
  });

  it('should keep the most common domain when none is the site’s own', () => {
    const body = '<p>a@agency.gov b@agency.gov c@helpdesk.com</p>';
    expect(emails(body, 'docs.example.invalid')).toEqual(['a@agency.gov', 'b@agency.gov']);
  });

  it('should ignore image file names that look like addresses', () => {
    expect(emails('<p>logo@2x.png</p>')).toEqual([]);
  });

  it.each([
    ['example.com', 'info@example.com'],
    ['www.example.org', 'jane@www.example.org'],
    ['email@domain.com', 'email@domain.com'],
    ['you@yourdomain.com', 'you@yourdomain.com'],
  ])('should drop the placeholder address %s', (_, placeholder) => {
    expect(emails(`<p>Write to ${placeholder}</p>`)).toEqual([]);
  });

  it.each([
    ['a subdomain of example.org', 'grants@lakeside-fund.example.org', 'www.lakeside-fund.example.org'],
    ['a .example domain', 'grants@lakeside-trust.example', 'lakeside-trust.example'],
  ])('should keep an address on %s', (_, address, host) => {
    expect(emails(`<p>Write to ${address}</p>`, host)).toEqual([address]);
  });
});

describe('extractPage emails and phones', () => {
  const head = (org: Record<string, unknown>) =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NGO', name: 'Lakeside Fund', url: 'https://lakeside-fund.example.org/', ...org })}</script>`;
  const capture = (org: Record<string, unknown>, body: string) =>
    extractPage(
      parseDocument(
        `<html><head><title>About</title>${head(org)}</head><body><main><h1>About us</h1>${body}</main></body></html>`,
      ),
      'https://lakeside-fund.example.org/about',
    ).organization;

  it('should put the structured email first, then the ones in the text', () => {
    const org = capture(
      { email: 'mailto:grants@lakeside-fund.example.org' },
      '<p>Questions? <a href="mailto:hello@lakeside-fund.example.org">hello@lakeside-fund.example.org</a></p>',
    );
    expect(org?.emails.map((e) => e.value)).toEqual([
      'grants@lakeside-fund.example.org',
      'hello@lakeside-fund.example.org',
    ]);
    expect(org?.emails[0]?.source).toBe('json-ld');
  });

  it('should read emails and phones of contact points, once each', () => {
    const org = capture(
      {
        telephone: '+1 503 555 0199',
        contactPoint: [
          { '@type': 'ContactPoint', email: 'press@lakeside-fund.example.org', telephone: '+1 503 555 0123' },
          { '@type': 'ContactPoint', email: 'grants@lakeside-fund.example.org' },
        ],
      },
      '<p>Call +1 503 555 0123 or write to grants@lakeside-fund.example.org.</p>',
    );
    expect(org?.emails.map((e) => e.value)).toEqual([
      'press@lakeside-fund.example.org',
      'grants@lakeside-fund.example.org',
    ]);
    expect(org?.phones.map((p) => p.value)).toEqual(['+1 503 555 0199', '+1 503 555 0123']);
    expect(org?.phones[0]?.source).toBe('json-ld');
  });

  it('should keep text emails of the structured email’s domain when the page is served elsewhere', () => {
    const org = extractPage(
      parseDocument(
        `<html><head>${head({ url: undefined, email: 'info@lakeside-fund.example.org' })}</head><body><main><h1>About</h1><p>Staff: ann@lakeside-fund.example.org, a@mirror.example.net, b@mirror.example.net</p></main></body></html>`,
      ),
      'http://127.0.0.1:8080/own/about.html',
    ).organization;
    expect(org?.emails.map((e) => e.value)).toEqual([
      'info@lakeside-fund.example.org',
      'ann@lakeside-fund.example.org',
    ]);
  });
});

describe('findEmails on country-code domains', () => {
  it('should read an obfuscated address on any country-code domain', () => {
    const { text } = readBody('<p>Email: info [at] kilimawater.or.ke</p>');
    expect(findEmails(text, 'www.kilimawater.or.ke').map((e) => e.value)).toEqual(['info@kilimawater.or.ke']);
  });
});
