/** Builds the add-on bundle and the extension when `npm start` finds them missing. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** What must exist, and the npm script that makes it. */
const TARGETS: [file: string, script: string][] = [
  ['apps-script/dist/Code.js', 'build:apps-script'],
  ['.output/chrome-mv3/manifest.json', 'build:extension'],
];

function run(script: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', script], { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run ${script} failed (exit ${code}).`)),
    );
  });
}

/** Runs the build scripts of whatever is missing. */
export async function buildMissing(): Promise<void> {
  for (const [file, script] of TARGETS) {
    if (existsSync(join(root, file))) continue;
    console.log(`Partnerkit: ${file} is missing; running npm run ${script}…`);
    await run(script);
  }
}
