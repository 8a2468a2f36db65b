import { describe, expect, it } from 'vitest';
import { extractPage } from '../../shared/extract/extract-page.ts';
import { parseDocument } from './page.ts';

const nameOf = (head: string, body: string, url: string) =>
  extractPage(parseDocument(`<html><head>${head}</head><body>${body}</body></html>`), url).organization?.name
    ?.value;

describe('extractPage organisation names', () => {
  it('should write a name the page defines with its acronym without the trailing acronym', () => {
    expect(
      nameOf(
        '<title>About | UNCRF</title>',
        '<main><h1>About</h1><p>The United Nations Coastal Resilience Fund (UNCRF) supports island states. UNCRF works with UNCRF partners on UNCRF projects.</p></main>',
        'https://www.uncrf.org/about/',
      ),
    ).toBe('United Nations Coastal Resilience Fund');
  });

  it('should spell out a bare acronym the title expands', () => {
    expect(
      nameOf(
        '<title>Grants | NCDF | Northern Coast Development Fund</title><meta property="og:site_name" content="NCDF">',
        '<main><h1>Grants</h1><p>Apply now.</p></main>',
        'https://www.ncdf.org/grants/',
      ),
    ).toBe('Northern Coast Development Fund');
  });

  it('should keep the parent of a society that the site names by its acronym ("IEEE MTT-S")', () => {
    expect(
      nameOf(
        '<title>Chapter Support - MTT-S</title><meta property="og:site_name" content="MTT-S">',
        '<main><h1>Chapter Support</h1><p>An IEEE MTT-S membership booth must be present at the event.</p></main><footer><p>Copyright 2026 IEEE - All rights reserved.</p></footer>',
        'https://mtt.org/chapter-support/',
      ),
    ).toBe('IEEE MTT-S');
  });

  it('should keep the market word of a company that writes it in its heading and sentences ("Yaesu USA")', () => {
    expect(
      nameOf(
        '<title>SystemFusion | Yaesu System Fusion</title>',
        '<main><h1>Yaesu USA DR-2X Program</h1><h4>Yaesu USA is pleased to offer this DR-2X program to clubs.</h4></main><footer><p>Copyright 2022 Yaesu | All Rights Reserved</p></footer>',
        'https://systemfusion.yaesu.com/',
      ),
    ).toBe('Yaesu USA');
  });
});

describe('extractPage eligibility', () => {
  const eligibility = (body: string) =>
    extractPage(
      parseDocument(
        `<html><head><title>Grants | Lake Fund</title></head><body><main><h1>Community Grants</h1>${body}</main></body></html>`,
      ),
      'https://www.lakefund.org/grants/',
    ).opportunity?.eligibility?.value;

  it('should keep an eligibility paragraph to its first sentences', () => {
    expect(
      eligibility(
        '<p>Grants of up to $5,000. Applications close on March 15, 2027.</p><h2>Who can apply</h2><p>Applicants must be registered U.S. charities. Organisations must have one year of audited accounts. Individuals are not eligible. We do not fund deficits.</p>',
      ),
    ).toBe(
      'Applicants must be registered U.S. charities. Organisations must have one year of audited accounts.',
    );
  });

  it('should keep a lead-in with its list', () => {
    expect(
      eligibility(
        '<p>Grants of up to $5,000. Applications close on March 15, 2027.</p><h2>Eligibility</h2><p>Applicants must:</p><ul><li>be a registered charity;</li><li>work in Ontario.</li></ul><h2>How to apply</h2><p>Use the portal.</p>',
      ),
    ).toBe('Applicants must: be a registered charity; work in Ontario.');
  });
});
