/**
 * Reads back the small HTML the add-on uploads to Drive (headings, paragraphs, lists, tables,
 * as shared/documents/render-html.ts writes it) into document blocks, so the local workbook can
 * write the same document as a .docx. Entities are decoded to text; any other markup is dropped
 * and only its text kept, and script or style content is never kept.
 */
import type { Block, DocumentModel } from '../../shared/documents/document.ts';

const TOKEN = /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>|([^<]+|<)/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with its character references decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1]?.toLowerCase() === 'x' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

interface State {
  title: string;
  blocks: Block[];
  /** Text of the block being read, when inside one. */
  text?: string;
  kind?: 'heading' | 'paragraph' | 'item' | 'cell' | 'title';
  level?: 1 | 2 | 3;
  list?: { ordered: boolean; items: string[] };
  table?: { rows: { cells: string[]; header: boolean }[] };
  skip: number;
}

/** The document an HTML upload describes. */
export function htmlToBlocks(html: string): DocumentModel {
  const state: State = { title: '', blocks: [], skip: 0 };
  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawTag, , text] = match;
    if (text !== undefined) {
      if (state.skip === 0 && state.text !== undefined) state.text += decodeEntities(text);
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (tag === 'script' || tag === 'style') state.skip += closing ? -1 : 1;
    else if (closing) close(state, tag);
    else open(state, tag);
  }
  return { title: state.title, blocks: state.blocks };
}

function open(state: State, tag: string): void {
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) start(state, 'heading', Math.min(3, Number(heading[1])) as 1 | 2 | 3);
  else if (tag === 'p') start(state, 'paragraph');
  else if (tag === 'title') start(state, 'title');
  else if (tag === 'ul' || tag === 'ol') state.list = { ordered: tag === 'ol', items: [] };
  else if (tag === 'li') start(state, 'item');
  else if (tag === 'table') state.table = { rows: [] };
  else if (tag === 'tr') state.table?.rows.push({ cells: [], header: false });
  else if (tag === 'td' || tag === 'th') {
    const row = state.table?.rows.at(-1);
    if (row && tag === 'th') row.header = true;
    start(state, 'cell');
  } else if (tag === 'br' && state.text !== undefined) state.text += '\n';
}

function start(state: State, kind: NonNullable<State['kind']>, level?: 1 | 2 | 3): void {
  state.kind = kind;
  state.text = '';
  state.level = level;
}

function close(state: State, tag: string): void {
  const text = (state.text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
  if (/^h[1-6]$/.test(tag) && state.kind === 'heading')
    state.blocks.push({ kind: 'heading', level: state.level ?? 2, text });
  else if (tag === 'p' && state.kind === 'paragraph') state.blocks.push({ kind: 'paragraph', text });
  else if (tag === 'title' && state.kind === 'title') state.title = text;
  else if (tag === 'li' && state.kind === 'item') state.list?.items.push(text);
  else if ((tag === 'td' || tag === 'th') && state.kind === 'cell')
    state.table?.rows.at(-1)?.cells.push(text);
  else if ((tag === 'ul' || tag === 'ol') && state.list) {
    state.blocks.push({ kind: 'list', ordered: state.list.ordered, items: state.list.items });
    state.list = undefined;
  } else if (tag === 'table' && state.table) {
    const [first, ...rest] = state.table.rows;
    const header = first?.header ? first.cells : [];
    const rows = (first?.header ? rest : state.table.rows).map((r) => r.cells);
    state.blocks.push({ kind: 'table', header, rows });
    state.table = undefined;
  } else return;
  if (tag !== 'ul' && tag !== 'ol' && tag !== 'table') {
    state.text = undefined;
    state.kind = undefined;
  }
}
