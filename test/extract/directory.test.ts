import { describe, expect, it } from 'vitest';
import { extractPage } from '../../shared/extract/extract-page.ts';
import { toPlainCapture } from '../../shared/extract/plain-capture.ts';
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

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const PARTNERS = [
  ['Hilltop Food Pantry', 'https://hilltop-pantry.example.org/', 'NGO'],
  ['Northside Arts Trust', 'https://northside-arts.example.org/', 'NGO'],
  ['Lakeside Technical College', 'https://ltc.example.edu/', 'EducationalOrganization'],
  ['Bike Repair Collective', 'https://bike-repair.example.org/', 'Organization'],
] as const;
const partnerList = (lines: (name: string, url: string) => string) =>
  `<ul>${PARTNERS.map(([name, url]) => `<li>${lines(name, url)}</li>`).join('')}</ul>`;
const expectedItems = PARTNERS.map(([name, url]) => ({ name, url }));

const page = (head: string, body: string, title = 'Partners | Lakeside County') =>
  extractPage(
    parseDocument(`<html><head><title>${title}</title>${head}</head><body>${body}</body></html>`),
    'https://lakeside.example.gov/community/partners',
  );

describe('extractPage on structured (schema.org ItemList) directories', () => {
  const owner = ld({
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: 'Lakeside County',
    url: 'https://lakeside.example.gov/',
  });

  it('should list ListItems whose item is an organisation, and keep the page owner as the organisation', () => {
    const list = ld({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: PARTNERS.map(([name, url, type], i) => ({
        '@type': 'ListItem',
        position: i + 1,
        item: { '@type': type, name, url },
      })),
    });
    const capture = page(
      `${list}${owner}`,
      `<main><h1>Community partners</h1>${partnerList((n, u) => `<a href="${u}">${n}</a> — works with us on local projects`)}</main>`,
    );
    expect(capture.kind).toMatchObject({ value: 'directory', source: 'json-ld' });
    expect(capture.items).toEqual(expectedItems);
    expect(toPlainCapture(capture).organization).toMatchObject({
      name: 'Lakeside County',
      type: 'government',
      website: 'https://lakeside.example.gov/',
    });
  });

  it('should list ListItems that carry the name and url themselves', () => {
    const list = ld({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: PARTNERS.map(([name, url], i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name,
        url,
      })),
    });
    const capture = page(list, '<main><h1>Who we work with</h1><p>See the list.</p></main>');
    expect(capture.kind.value).toBe('directory');
    expect(capture.items).toEqual(expectedItems);
  });

  it('should list the organisations of a microdata ItemList, and keep the page owner as the organisation', () => {
    const entries = PARTNERS.map(
      ([name, url, type]) => `<div itemprop="itemListElement" itemscope itemtype="https://schema.org/${type}">
        <h3 itemprop="name">${name}</h3><link itemprop="url" href="${url}"><p>Works with us on local projects.</p></div>`,
    ).join('');
    const capture = page(
      owner,
      `<main><h1>Community partners</h1><div itemscope itemtype="https://schema.org/ItemList">${entries}</div></main>`,
    );
    expect(capture.kind).toMatchObject({ value: 'directory', source: 'microdata' });
    expect(capture.items).toEqual(expectedItems);
    expect(capture.organization?.name?.value).toBe('Lakeside County');
  });

  it('should not take a breadcrumb trail or a short list for a directory', () => {
    const crumbs = ld({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: ['Home', 'Community', 'Partners', 'Greenway'].map((name, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name,
        item: `https://lakeside.example.gov/${i}`,
      })),
    });
    const short = ld({
      '@type': 'ItemList',
      itemListElement: PARTNERS.slice(0, 2).map(([name, url]) => ({ '@type': 'ListItem', name, url })),
    });
    const capture = page(
      `${crumbs}${short}${owner}`,
      `<main><h1>About Lakeside County</h1><p>${'The county runs parks and libraries. '.repeat(10)}</p></main>`,
      'About | Lakeside County',
    );
    expect(capture.kind.value).toBe('organization');
    expect(capture.organization?.name?.value).toBe('Lakeside County');
  });
});

describe('extractPage on plain directory pages', () => {
  it('should list external organisation links that carry a short description, under a "partners" heading', () => {
    const capture = page(
      '',
      `<main><h1>Our community partners</h1><p>The county works with these local organisations.</p>${partnerList(
        (n, u) => `<a href="${u}">${n}</a> — works with us on local projects across the county`,
      )}</main>`,
    );
    expect(capture.kind.value).toBe('directory');
    expect(capture.items).toEqual(expectedItems);
  });

  it('should list a table of member organisations with their sites', () => {
    const rows = PARTNERS.map(
      ([name, url]) =>
        `<tr><td><a href="${url}">${name}</a></td><td>Member since 2019, based in the county</td></tr>`,
    ).join('');
    const capture = page(
      '',
      `<main><h1>Member directory</h1><p>${'Our members share resources and training. '.repeat(12)}</p><table>${rows}</table></main>`,
      'Members | Lakeside Network',
    );
    expect(capture.kind.value).toBe('directory');
    expect(capture.items).toEqual(expectedItems);
  });

  it('should keep an organisation page with a short partners list among its prose', () => {
    const capture = page(
      '',
      `<main><h1>About Lakeside Youth Trust</h1><p>${'We run after-school clubs and summer camps for young people. '.repeat(12)}</p><h2>Our partners</h2>${partnerList(
        (n, u) => `<a href="${u}">${n}</a> — a long-standing friend of the trust`,
      )}</main>`,
      'About | Lakeside Youth Trust',
    );
    expect(capture.kind.value).toBe('organization');
    expect(capture.items).toEqual([]);
  });
});

describe('extractPage directory entries without UI chrome', () => {
  it('should name entries without the "New" and "Updated" badges inside their links', () => {
    const cards = [
      ['Lakeshore Community Foundation', '<span class="badge">New</span>'],
      ['The Watershed Fund', ''],
      ['Dunes Land Trust', '<span class="status-pill">Updated</span>'],
      ['Pinecrest Family Foundation', '<sup>NEW</sup>'],
    ]
      .map(
        ([name, badge], i) =>
          `<div class="member"><h3><a href="https://org${i}.example.org/">${name} ${badge}</a></h3><p>What they fund.</p><a href="/m/${i}/save">Save</a> <a href="/m/${i}/share">Share</a></div>`,
      )
      .join('');
    const page = capture(`<main><h1>Member directory</h1><div class="list">${cards}</div></main>`, 'Members');
    expect(page.items.map((i) => i.name)).toEqual([
      'Lakeshore Community Foundation',
      'The Watershed Fund',
      'Dunes Land Trust',
      'Pinecrest Family Foundation',
    ]);
  });

  it('should cut a badge word glued to the end of a name', () => {
    const rows = ['Lake FundNew', 'River Trust', 'Hill School · Updated']
      .map((name, i) => `<li class="entry"><a href="https://org${i}.example.org/">${name}</a></li>`)
      .join('');
    const page = capture(`<main><h1>Our partners</h1><ul>${rows}</ul></main>`);
    expect(page.items.map((i) => i.name)).toEqual(['Lake Fund', 'River Trust', 'Hill School']);
  });

  it('should not describe the directory’s owner with its login bar', () => {
    const page = extractPage(
      parseDocument(
        `<html><head><title>Members — Great Lakes Funders Network</title></head><body>
<div class="account-strip">Signed in as guest · <a href="/login">Log in</a> · <a href="/register">Create an account</a> to see members' contact details and saved searches</div>
<main><h1>Member directory</h1><p>The Great Lakes Funders Network brings together foundations that invest in the region's water, land and communities.</p>
<ul>${['A Fund', 'B Trust', 'C Foundation'].map((n, i) => `<li><a href="https://o${i}.example.org/">${n}</a></li>`).join('')}</ul></main></body></html>`,
      ),
      'https://www.greatlakesfunders.org/members/',
    );
    expect(page.organization?.description?.value).toMatch(/^The Great Lakes Funders Network brings together/);
  });
});
