import { describe, expect, it } from 'vitest';
import { readVisibleText } from '../../shared/extract/visible-text.ts';
import { parseDocument } from './page.ts';

const texts = (html: string) => readVisibleText(parseDocument(html)).blocks.map((b) => b.text);

describe('readVisibleText', () => {
  it.each([
    ['a script', '<p>Kept</p><script>var x = "Hidden";</script>'],
    ['a style', '<p>Kept</p><style>.a{content:"Hidden"}</style>'],
    ['an HTML comment', '<p>Kept</p><!-- Hidden -->'],
    ['the hidden attribute', '<p>Kept</p><div hidden>Hidden</div>'],
    ['aria-hidden', '<p>Kept</p><div aria-hidden="true">Hidden</div>'],
    ['inline display:none', '<p>Kept</p><div style="color:red; display: none">Hidden</div>'],
    ['inline visibility:hidden', '<p>Kept</p><div style="visibility:hidden">Hidden</div>'],
    ['a template', '<p>Kept</p><template><p>Hidden</p></template>'],
    ['noscript', '<p>Kept</p><noscript>Hidden</noscript>'],
  ])('should skip text inside %s', (_, html) => {
    expect(texts(`<body>${html}</body>`)).toEqual(['Kept']);
  });

  it('should mark navigation, cookie banners and footers as chrome or footer', () => {
    const { blocks } = readVisibleText(
      parseDocument(`<body><nav><a href="/">Home</a></nav><div class="cookie-banner"><p>We use cookies</p></div>
        <main><h1>Title</h1><p>Body text</p></main><footer><p>© 2026 Example</p></footer></body>`),
    );
    const by = (text: string) => blocks.find((b) => b.text === text);
    expect(by('Home')?.chrome).toBe(true);
    expect(by('We use cookies')?.chrome).toBe(true);
    expect(by('Body text')?.chrome).toBe(false);
    expect(by('© 2026 Example')?.footer).toBe(true);
  });

  it('should keep a header inside the article as content', () => {
    const { blocks } = readVisibleText(
      parseDocument('<body><article><header><h1>Grant</h1></header><p>x</p></article></body>'),
    );
    expect(blocks.find((b) => b.text === 'Grant')).toMatchObject({ chrome: false, heading: 1 });
  });

  it('should collect links with their visible text', () => {
    const { links } = readVisibleText(
      parseDocument('<body><p>Write to <a href="mailto:a@b.org">us <b>now</b></a></p></body>'),
    );
    expect(links).toMatchObject([{ href: 'mailto:a@b.org', text: 'us now' }]);
  });

  it('should read content a parser left outside the body', () => {
    expect(texts('<!DOCTYPE html><head><title>t</title></head><p>Loose</p>')).toContain('Loose');
  });
});
