import { describe, expect, it } from 'vitest';
import { extractPage } from '../../shared/extract/extract-page.ts';
import { parseDocument } from './page.ts';

const capture = (body: string, title = 'Partners') =>
  extractPage(
    parseDocument(`<html><head><title>${title}</title></head><body>${body}</body></html>`),
    'https://network.example.net/partners/',
  );

describe('extractPage on directory pages', () => {
  it('should list the names and links of a grantee table', () => {
    const rows = ['Lake Fund', 'River Trust', 'Hill School', 'Valley Club']
      .map(
        (name, i) =>
          `<tr><td>May 2026</td><td><a href="https://org${i}.example.org/">${name}</a></td><td>Project ${i}</td><td>$${i + 1},000</td></tr>`,
      )
      .join('');
    const page = capture(
      `<main><h1>2026 Grants</h1><table><tr><th>Date</th><th>Grantee</th><th>Project</th><th>Amount</th></tr>${rows}</table></main>`,
    );
    expect(page.kind.value).toBe('directory');
    expect(page.items[0]).toEqual({ name: 'Lake Fund', url: 'https://org0.example.org/' });
    expect(page.items).toHaveLength(4);
  });

  it('should list repeated cards with a link each, resolving relative links', () => {
    const cards = ['Alpha Foundation', 'Beta Network', 'Gamma Alliance']
      .map((name, i) => `<div class="subcat"><a href="program-${i}/">${name}</a></div>`)
      .join('');
    const page = capture(`<main><h1>Funding programmes 2026</h1><p>Subcategories:</p>${cards}</main>`);
    expect(page.kind.value).toBe('directory');
    expect(page.items.map((i) => i.url)).toEqual(
      [0, 1, 2].map((i) => `https://network.example.net/partners/program-${i}/`),
    );
  });

  it('should not take a navigation menu for a directory', () => {
    const menu = ['About', 'Programs', 'News', 'Contact', 'Donate']
      .map((m) => `<li class="menu-item"><a href="/${m}">${m}</a></li>`)
      .join('');
    const page = capture(
      `<div class="main-menu"><ul>${menu}</ul></div><main><h1>About us</h1><p>${'We support rivers. '.repeat(20)}</p></main>`,
      'About',
    );
    expect(page.kind.value).toBe('organization');
    expect(page.items).toEqual([]);
  });

  it('should not take a contact list for a directory', () => {
    const entries = ['Admissions', 'Alumni', 'Press', 'Careers']
      .map((m) => `<li><h3><a href="/${m}">${m} Inquiries</a></h3><p>${m.toLowerCase()}@school.edu</p></li>`)
      .join('');
    const page = capture(`<main><h1>Contact</h1><ul>${entries}</ul></main>`, 'Contact Us - Example School');
    expect(page.kind.value).toBe('organization');
  });
});
