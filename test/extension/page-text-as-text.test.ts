import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const EXTENSION = resolve(import.meta.dirname, '../../extension');
const HTML_SINKS =
  /innerHTML|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment/;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.(tsx?|html)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );

describe('the Clipper source', () => {
  it('should never write page text as HTML (PRODUCT.md: no innerHTML)', () => {
    const files = sourceFiles(EXTENSION);
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((file) => HTML_SINKS.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
