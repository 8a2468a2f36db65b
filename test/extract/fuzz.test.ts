import { describe, expect, it } from 'vitest';
import { extractPage } from '../../shared/extract/extract-page.ts';
import { toPlainCapture } from '../../shared/extract/plain-capture.ts';
import { parseDocument } from './page.ts';

/** Small deterministic PRNG so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const TAGS = [
  'div',
  'p',
  'a',
  'span',
  'ul',
  'li',
  'table',
  'tr',
  'td',
  'h1',
  'h2',
  'nav',
  'footer',
  'script',
  'style',
  'template',
  'b',
  'form',
  'main',
];
const WORDS = [
  'grant',
  'deadline',
  'up to',
  '$',
  '€',
  '1,000',
  '2026',
  'March 5,',
  '@',
  'at',
  'dot',
  'org',
  'tel:',
  '(212)',
  '555-0100',
  'Foundation',
  '©',
  '<',
  '>',
  '&amp;',
  '"',
  '(',
  ')',
  'Ω',
  '\u0000',
  '\n',
];

function randomHtml(next: () => number, size: number): string {
  const parts: string[] = [];
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T;
  for (let i = 0; i < size; i++) {
    const r = next();
    if (r < 0.3)
      parts.push(
        `<${pick(TAGS)}${next() < 0.3 ? ` href="${pick(['mailto:', 'tel:', 'http://', '#', 'javascript:'])}${pick(WORDS)}"` : ''}${next() < 0.1 ? ' hidden' : ''}>`,
      );
    else if (r < 0.5) parts.push(`</${pick(TAGS)}>`);
    else if (r < 0.55)
      parts.push(
        `<script type="application/ld+json">{"@type":"${pick(['Organization', 'Grant', 'NGO'])}","name":${pick(['"x"', '{', '[1,', 'null'])}</script>`,
      );
    else parts.push(pick(WORDS), ' ');
  }
  return parts.join('');
}

function timed(html: string, url = 'https://fuzz.example.org/x'): number {
  const doc = parseDocument(html);
  const started = performance.now();
  const capture = extractPage(doc, url);
  expect(() => JSON.stringify(toPlainCapture(capture))).not.toThrow();
  return performance.now() - started;
}

describe('extractPage under fuzzing', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))(
    'should not throw on random markup (seed %i)',
    (seed) => {
      const next = random(seed);
      expect(timed(randomHtml(next, 200 + Math.floor(next() * 3000)))).toBeLessThan(2000);
    },
  );

  it('should stay bounded on 20,000 nested elements', () => {
    expect(
      timed(`${'<div><span>'.repeat(10_000)}Deadline: March 1, 2027${'</span></div>'.repeat(10_000)}`),
    ).toBeLessThan(3000);
  });

  it('should stay bounded on a megabyte of text without breaks', () => {
    expect(timed(`<p>${'grant up to $1,000 at foo dot org 212-555-0100 '.repeat(25_000)}</p>`)).toBeLessThan(
      3000,
    );
  });

  it('should stay bounded on regex-hostile runs', () => {
    const runs = [
      'a'.repeat(200_000),
      '1,'.repeat(100_000),
      '@'.repeat(100_000),
      ' at '.repeat(50_000),
      '((((('.repeat(40_000),
      'A '.repeat(100_000),
    ];
    for (const run of runs) expect(timed(`<p>${run}</p><p>(${run})</p>`)).toBeLessThan(3000);
  });

  it('should not throw on huge attributes and broken structured data', () => {
    const html = `<html lang="${'x'.repeat(100_000)}"><head><script type="application/ld+json">${'['.repeat(50_000)}</script>
      <meta property="og:site_name" content="${'y'.repeat(100_000)}"></head><body style="${'display:none;'.repeat(10_000)}">
      <a href="${'h'.repeat(100_000)}">x</a><table>${'<tr><td>a</td><td>b</td></tr>'.repeat(5000)}</table></body></html>`;
    expect(timed(html)).toBeLessThan(3000);
  });

  it('should not throw on an empty document', () => {
    expect(timed('')).toBeLessThan(1000);
  });
});
