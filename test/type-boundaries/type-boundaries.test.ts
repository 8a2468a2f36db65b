import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const tsc = join(root, 'node_modules/.bin/tsc');

/** Compiler output of one boundary project (tsc exits non-zero on errors). */
function compile(project: string): string {
  try {
    execFileSync(tsc, ['-p', join(import.meta.dirname, project)], { cwd: root, encoding: 'utf8' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

// Each runtime's globals stay in its own tsconfig, so code that reaches the wrong API fails to
// compile instead of failing when deployed (STYLE.md "Our layout").
describe('tsconfig boundaries', () => {
  it.each([
    ['addon.tsconfig.json', "Cannot find name 'document'"],
    ['extension.tsconfig.json', "Cannot find name 'SpreadsheetApp'"],
    ['core.tsconfig.json', "Cannot find name 'process'"],
    ['core.tsconfig.json', "Cannot find name 'chrome'"],
  ])('should refuse %s code that reaches the wrong runtime (%s)', (project, error) => {
    expect(compile(project)).toContain(error);
  });
});
