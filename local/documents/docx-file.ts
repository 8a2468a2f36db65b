/** A document as a .docx (the `docx` library): headings, paragraphs, bullet lists and tables. */
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, DocumentModel } from '../../shared/documents/document.ts';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** The .docx bytes of a document. */
export async function docxOf(doc: DocumentModel): Promise<Buffer> {
  const file = new Document({
    title: doc.title,
    creator: 'Partnerkit',
    sections: [{ children: doc.blocks.flatMap(toDocx) }],
  });
  return Packer.toBuffer(file);
}

function toDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level - 1], children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun(block.text)] })];
    case 'list':
      return block.items.map(
        (item, index) =>
          new Paragraph({
            ...(block.ordered ? {} : { bullet: { level: 0 } }),
            children: [new TextRun(block.ordered ? `${index + 1}. ${item}` : item)],
          }),
      );
    case 'table':
      return [table(block.header, block.rows), new Paragraph({ children: [] })];
  }
}

function table(header: readonly string[], rows: readonly string[][]): Table {
  const row = (cells: readonly string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] }),
      ),
    });
  const all = [...(header.length > 0 ? [row(header, true)] : []), ...rows.map((r) => row(r, false))];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: all.length > 0 ? all : [row([''], false)],
  });
}
