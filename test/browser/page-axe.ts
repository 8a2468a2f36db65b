/** Test helper: axe-core run in a page (node_modules/axe-core), returning its violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe violation, short enough to read in a failed expectation. */
export interface Violation {
  id: string;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page as it is now (WCAG A/AA and best practice) and lists its violations. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  // Evaluated, not added as a script tag: the page's CSP allows no inline script.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run(document);
    return (result.violations as { id: string; help: string; nodes: { target: string[] }[] }[]).map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
