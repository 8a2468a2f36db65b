import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../shared/extract/extract-page.ts';
import { toPlainCapture } from '../../shared/extract/plain-capture.ts';
import type { PlainCapture, PlainOpportunity } from '../../shared/extract/types.ts';
import { parseDocument } from './page.ts';

/** Pages written for these tests (fictional funders) in the languages and formats the fixtures lack. */
function capture(name: string, url: string): PlainCapture {
  const html = readFileSync(new URL(`./pages/${name}.html`, import.meta.url), 'utf8');
  return toPlainCapture(extractPage(parseDocument(html), url));
}

type Expected = Pick<
  PlainOpportunity,
  'title' | 'funder' | 'amountMin' | 'amountMax' | 'currency' | 'deadline'
>;

describe('extractPage on calls in other languages', () => {
  it.each<[string, string, Expected]>([
    [
      'es-convocatoria',
      'https://www.fundacionrioclaro.es/convocatorias/subvenciones-2027/',
      {
        title: 'Convocatoria de subvenciones 2027',
        funder: 'Fundación Río Claro',
        amountMin: null,
        amountMax: 30000,
        currency: 'EUR',
        deadline: '2027-03-15',
      },
    ],
    [
      'fr-appel',
      'https://www.fondslumiere.fr/appels/jeunes-createurs-2027/',
      {
        title: 'Appel à projets « Jeunes créateurs » 2027',
        funder: 'Fonds Lumière',
        amountMin: null,
        amountMax: 50000,
        currency: 'EUR',
        deadline: '2027-01-31',
      },
    ],
    [
      'de-foerderprogramm',
      'https://www.gruenes-tal.de/foerderung/nachbarschaft-2027/',
      {
        title: 'Förderprogramm Nachbarschaft 2027',
        funder: 'Stiftung Grünes Tal',
        amountMin: 5000,
        amountMax: 20000,
        currency: 'EUR',
        deadline: '2027-02-28',
      },
    ],
    [
      'pt-edital',
      'https://www.maraberto.org.br/editais/cultura-2027/',
      {
        title: 'Edital de Apoio a Projetos Culturais 2027',
        funder: 'Instituto Mar Aberto',
        amountMin: null,
        amountMax: 100000,
        currency: 'BRL',
        deadline: '2027-04-10',
      },
    ],
    [
      'it-bando',
      'https://www.ponteverde.it/bandi/comunita-attive-2027/',
      {
        title: 'Bando Comunità Attive 2027',
        funder: 'Fondazione Ponte Verde',
        amountMin: null,
        amountMax: 25000,
        currency: 'EUR',
        deadline: '2027-04-30',
      },
    ],
    [
      'nl-subsidie',
      'https://www.openhaven.nl/subsidies/buurtgroen-2027/',
      {
        title: 'Subsidieregeling Buurtgroen 2027',
        funder: 'Stichting Open Haven',
        amountMin: null,
        amountMax: 15000,
        currency: 'EUR',
        deadline: '2027-03-01',
      },
    ],
  ])(
    'should capture the call in %s, past its ticket prices, total budget and event dates',
    (name, url, expected) => {
      const page = capture(name, url);
      expect(page.kind).toBe('opportunity');
      expect(page.opportunity).toMatchObject(expected);
    },
  );

  it.each([
    ['es-convocatoria', 'https://www.fundacionrioclaro.es/convocatorias/', 'hola@estudiopixel.es'],
    ['fr-appel', 'https://www.fondslumiere.fr/appels/', 'contact@agence-ocre.fr'],
    ['pt-edital', 'https://www.maraberto.org.br/editais/', 'oi@agenciaonda.com.br'],
  ])('should not take the web agency’s address in the footer of %s as the funder’s', (name, url, agency) => {
    expect(capture(name, url).organization?.emails).not.toContain(agency);
  });
});

describe('extractPage on English award and date formats', () => {
  it.each<[string, string, Partial<Expected>]>([
    [
      'en-us-ceiling',
      'https://www.connectivity.example.gov/funding/rural-broadband/',
      { amountMin: 25000, amountMax: 150000, currency: 'USD', deadline: '2027-03-15' },
    ],
    [
      'en-gb-small-grants',
      'https://www.hedgerowtrust.org.uk/grants/small-grants/',
      { amountMin: 5000, amountMax: 10000, currency: 'GBP', deadline: '2027-03-15' },
    ],
    [
      'en-au-close',
      'https://www.coralfutures.org.au/funding/reef-resilience/',
      { amountMin: null, amountMax: 1500000, currency: 'USD', deadline: '2027-02-14' },
    ],
    [
      'en-rolling',
      'https://www.lanternfund.org/grants/emergency-equipment/',
      { amountMax: 3000, currency: 'USD', deadline: null },
    ],
    [
      'en-open-window',
      'https://www.northfieldtrust.org/grants/youth-sport/',
      { amountMin: 500, amountMax: 2000, currency: 'USD', deadline: '2027-03-31' },
    ],
  ])('should read the amounts and deadline of %s', (name, url, expected) => {
    const page = capture(name, url);
    expect(page.kind).toBe('opportunity');
    expect(page.opportunity).toMatchObject(expected);
  });
});

describe('extractPage on microdata', () => {
  it('should list the organisations of a microdata ItemList as a directory', () => {
    const page = capture('microdata-directory', 'https://www.valleyvolunteers.org/members/');
    expect(page.kind).toBe('directory');
    expect(page.items).toEqual([
      { name: 'Riverside Food Share', url: 'https://riverside-food.example.org/' },
      { name: 'Hillside Youth Club', url: 'https://hillside-youth.example.org/' },
      { name: 'Valley Repair Café', url: 'https://valley-repair.example.org/' },
    ]);
    expect(page.organization?.name).not.toBe('Riverside Food Share');
  });

  it('should read a microdata MonetaryGrant’s amount range, currency and funder', () => {
    const html = readFileSync(new URL('./pages/microdata-grant.html', import.meta.url), 'utf8');
    const full = extractPage(parseDocument(html), 'https://www.lakesidefund.org/grants/open-data/');
    expect(full.kind).toMatchObject({ value: 'opportunity', source: 'microdata' });
    expect(full.opportunity?.amountMax?.source).toBe('microdata');
    const page = toPlainCapture(full);
    expect(page.opportunity).toMatchObject({
      title: 'Open Data Seed Grant',
      funder: 'Lakeside Fund',
      amountMin: 2000,
      amountMax: 8000,
      currency: 'EUR',
      deadline: '2027-05-31',
    });
  });
});

describe('extractPage on text readers do not see', () => {
  it('should take no amount or deadline from hidden elements, comments, scripts, navigation, banners or footers', () => {
    const html = `<!doctype html><html lang="en"><head><title>Arts Grants | Kestrel Fund</title>
      <script>var call = "Deadline: March 1, 2027. Grants up to $9,000";</script></head><body>
      <div class="cookie-consent"><p>Grants up to $8,000. Consent expires: March 2, 2027.</p></div>
      <nav><a href="/grants">Grants up to $7,000 – deadline March 3, 2027</a></nav>
      <main><h1>Arts Grants</h1><!-- Deadline: March 4, 2027. Grants up to $6,000 -->
      <p hidden>Deadline: March 5, 2027. Grants up to $5,000.</p>
      <p style="display: none">Deadline: March 6, 2027. Grants up to $4,000.</p>
      <p aria-hidden="true">Deadline: March 7, 2027. Grants up to $3,000.</p>
      <template><p>Deadline: March 8, 2027. Grants up to $2,000.</p></template>
      <p>Grants support artists in the valley. How to apply: use the online form.</p></main>
      <footer><p>Deadline: March 9, 2027. Grants up to $1,000.</p></footer></body></html>`;
    const page = toPlainCapture(extractPage(parseDocument(html), 'https://www.kestrelfund.org/grants/arts/'));
    expect(page.kind).toBe('opportunity');
    expect(page.opportunity).toMatchObject({
      amountMin: null,
      amountMax: null,
      currency: null,
      deadline: null,
    });
  });
});
