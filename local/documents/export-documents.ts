/**
 * Google Docs the add-on created in a run (advanced Drive, from HTML) become .docx files beside
 * the workbook: the local stand-in for "open the document in Google Docs".
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runtime } from '../../apps-script/emulator/index.ts';
import { docxOf } from './docx-file.ts';
import { htmlToBlocks } from './html-blocks.ts';

const GOOGLE_DOC = 'application/vnd.google-apps.document';

/** A document written beside the workbook. */
export interface SavedDocument {
  /** Drive id of the document in the run. */
  id: string;
  /** File name in the data folder. */
  file: string;
  title: string;
}

/** A file name from a document name: no path or reserved characters, about 80 characters at most. */
export function documentFileName(name: string, id: string): string {
  const base = name
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  // Long lists of parties make long titles: cut at a word, the id keeps names apart.
  const cut = base.length <= 80 ? base : `${base.slice(0, 80).replace(/\s+\S*$/, '')} …`;
  return `${cut || 'Document'} (${id.slice(-6)}).docx`;
}

// The emulator's ids start again with each run of the server: an earlier document is never
// replaced, the new one gets a number.
function freeName(dataDir: string, name: string): string {
  let candidate = name;
  for (let n = 2; existsSync(join(dataDir, candidate)); n += 1)
    candidate = name.replace(/\.docx$/, ` ${n}.docx`);
  return candidate;
}

/** Writes each Google Doc not yet in `done` as a .docx in `dataDir`; returns the new ones. */
export async function exportNewDocuments(
  runtime: Runtime,
  dataDir: string,
  done: Set<string>,
): Promise<SavedDocument[]> {
  const saved: SavedDocument[] = [];
  for (const [id, file] of runtime.drive.files) {
    if (done.has(id) || file.mimeType !== GOOGLE_DOC || file.html === undefined) continue;
    done.add(id);
    const doc = htmlToBlocks(file.html);
    const title = file.name || doc.title || 'Document';
    const name = freeName(dataDir, documentFileName(title, id));
    writeFileSync(join(dataDir, name), await docxOf({ ...doc, title }), { flag: 'wx' });
    saved.push({ id, file: name, title });
  }
  return saved;
}

/** The .docx a run wrote, by file name; undefined for any other name (no paths, only .docx). */
export function readSavedDocument(dataDir: string, encodedName: string): Buffer | undefined {
  let name: string;
  try {
    name = decodeURIComponent(encodedName);
  } catch {
    return undefined;
  }
  if (!/^[^/\\]+\.docx$/.test(name) || name.startsWith('.')) return undefined;
  try {
    return readFileSync(join(dataDir, name));
  } catch {
    return undefined;
  }
}
