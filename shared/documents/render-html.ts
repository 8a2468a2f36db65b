/** A document as HTML for Drive's conversion to a Google Doc; every piece of text is escaped. */
import type { Block, DocumentModel } from './document.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text: workbook text is data, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** The whole document: a UTF-8 HTML page with a title and the blocks in order. */
export function renderHtml(doc: DocumentModel): string {
  const body = doc.blocks.map(renderBlock).join('\n');
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title></head>\n<body>\n${body}\n</body></html>\n`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const row = (cells: string[], tag: 'th' | 'td') =>
        `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
      const rows = [row(block.header, 'th'), ...block.rows.map((r) => row(r, 'td'))].join('');
      return `<table border="1" cellpadding="4">${rows}</table>`;
    }
  }
}
