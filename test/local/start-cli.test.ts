import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workbookPath } from '../../local/workbook-file.ts';
import { tempDir } from './local-harness.ts';

const START = join(import.meta.dirname, '../../local/start.ts');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function runStart(dataDir: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', START], {
      env: { ...process.env, PARTNERKIT_DATA_DIR: dataDir, PARTNERKIT_NO_BROWSER: '1', PORT: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('npm start', () => {
  it('should exit non-zero with a clear message on a corrupt workbook, leaving it untouched', {
    timeout: 60_000,
  }, async () => {
    const dir = tempDir();
    dirs.push(dir);
    mkdirSync(dir, { recursive: true });
    const bytes = Buffer.from('not a spreadsheet at all');
    writeFileSync(workbookPath(dir), bytes);
    const { code, stderr } = await runStart(dir);
    expect(code).toBe(1);
    expect(stderr).toContain(`${workbookPath(dir)} is not a readable xlsx file`);
    expect(stderr).toContain('It was left untouched');
    expect(readFileSync(workbookPath(dir))).toEqual(bytes);
  });
});
