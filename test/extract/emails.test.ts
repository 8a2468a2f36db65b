import { describe, expect, it } from 'vitest';
import { findEmails } from '../../shared/extract/emails.ts';
import { readBody } from './page.ts';

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
});
