import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../apps-script/emulator/index.ts';
import { LocalWorkbook } from '../../local/local-workbook.ts';
import { builtBundle, tempDir } from './local-harness.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Every tab's values as the add-on reads them (getDataRange), after opening the folder. */
async function tabsAfterStart(dataDir: string): Promise<Record<string, CellValue[][]>> {
  const workbook = await LocalWorkbook.open({
    dataDir,
    bundleCode: builtBundle(),
    scriptUrl: 'http://x/exec',
  });
  await workbook.close();
  const tabs: Record<string, CellValue[][]> = {};
  for (const sheet of workbook.runtime.spreadsheet.fake.getSheets())
    tabs[sheet.getName()] = sheet.getDataRange().getValues();
  return tabs;
}

describe('a fresh demo workbook', () => {
  it('should show the same rows on every tab over three starts', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const first = await tabsAfterStart(dataDir);
    expect(first.Dashboard?.length).toBeGreaterThan(20);
    expect(first.Stakeholders?.length).toBeGreaterThan(5);
    expect(await tabsAfterStart(dataDir)).toEqual(first);
    expect(await tabsAfterStart(dataDir)).toEqual(first);
  });
});
