/**
 * A document as plain blocks: what the tools build from the workbook. It is rendered to HTML for
 * Google Docs (which converts HTML on upload) and read back into a .docx locally; text in blocks
 * is always plain text, never markup.
 */

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface DocumentModel {
  title: string;
  blocks: Block[];
}
