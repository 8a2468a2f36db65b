/**
 * `npm run bench`: runs every `bench/*.bench.ts` section in name order (or only those whose name
 * contains an argument) and prints its figures. Each section exports `run(): Promise<void>`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const sections = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

for (const name of sections) {
  const section = (await import(pathToFileURL(join(here, name)).href)) as { run: () => Promise<void> };
  console.log(`\n## ${name.replace('.bench.ts', '')}`);
  await section.run();
}
