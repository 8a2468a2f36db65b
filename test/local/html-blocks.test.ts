import { describe, expect, it } from 'vitest';
import { documentFileName } from '../../local/documents/export-documents.ts';
import { htmlToBlocks } from '../../local/documents/html-blocks.ts';
import type { DocumentModel } from '../../shared/documents/document.ts';
import { renderHtml } from '../../shared/documents/render-html.ts';

describe('htmlToBlocks', () => {
  it('should read back every block the add-on renders, hostile text as text', () => {
    const doc: DocumentModel = {
      title: 'Agreement — A & B',
      blocks: [
        { kind: 'heading', level: 1, text: 'Partnership <agreement>' },
        { kind: 'paragraph', text: '=cmd|\' /C calc\'!A0 & "quoted"' },
        { kind: 'list', ordered: false, items: ['<script>alert(1)</script>', 'plain'] },
        { kind: 'table', header: ['For', 'Name'], rows: [['Acme &amp; Co', '']] },
      ],
    };
    expect(htmlToBlocks(renderHtml(doc))).toEqual(doc);
  });

  it('should keep only the text of other markup and never the content of scripts or styles', () => {
    const html =
      '<p>Hello <b>there</b>&nbsp;&#x263A;<script>steal()</script><style>p{}</style> friend</p><div>loose</div>';
    expect(htmlToBlocks(html).blocks).toEqual([{ kind: 'paragraph', text: 'Hello there\u00a0☺ friend' }]);
  });
});

describe('documentFileName', () => {
  it.each([
    ['Partnership agreement — A; B', 'abcdef123456', 'Partnership agreement — A; B (123456).docx'],
    ['../../etc/passwd', 'id0001', 'etc passwd (id0001).docx'],
    ['a\u0000b:c', 'x', 'a b c (x).docx'],
    ['', 'zzz999', 'Document (zzz999).docx'],
  ])('should make %j a safe file name', (name, id, expected) => {
    expect(documentFileName(name, id)).toBe(expected);
  });

  it('should cut a long title at a word', () => {
    const name = documentFileName(
      `Partnership agreement — ${'Riverbend Community Foundation; '.repeat(5)}`,
      'id1234',
    );
    expect(name).toMatch(
      /^Partnership agreement — Riverbend Community Foundation; Riverbend Community … {1,2}\(id1234\)\.docx$/,
    );
    expect(name.length).toBeLessThan(100);
  });
});
