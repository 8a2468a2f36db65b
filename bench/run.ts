/**
 * `npm run bench`: runs every `bench/*.bench.ts` section in name order (or only those whose name
 * contains an argument) and prints its figures. Each section exports `run(): Promise<void>` and
 * runs in a process of its own, so one section's heap never counts in another's RSS figure.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.env.PARTNERKIT_BENCH_SECTION;

if (only) {
  const section = (await import(pathToFileURL(join(here, only)).href)) as { run: () => Promise<void> };
  await section.run();
} else {
  const filters = process.argv.slice(2);
  const sections = readdirSync(here)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
    .sort();
  for (const name of sections) {
    console.log(`\n## ${name.replace('.bench.ts', '')}`);
    const child = spawnSync(process.execPath, process.execArgv.concat(fileURLToPath(import.meta.url)), {
      stdio: 'inherit',
      env: { ...process.env, PARTNERKIT_BENCH_SECTION: name },
    });
    if (child.status !== 0) process.exitCode = child.status ?? 1;
  }
}
