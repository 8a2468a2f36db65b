/** PRODUCT.md "Exit Plan": a plan is ready when every essential is written down. */
import { EXIT_PLAN_ESSENTIALS } from '../workbook-schema.ts';

export type ExitPlanEssential = (typeof EXIT_PLAN_ESSENTIALS)[number];

/** `ready`, or `missing: …` naming the blank essentials in the tab's order. */
export function exitPlanReadiness(fields: Partial<Record<ExitPlanEssential, unknown>>): string {
  const missing = EXIT_PLAN_ESSENTIALS.filter((name) => isBlank(fields[name]));
  return missing.length === 0 ? 'ready' : `missing: ${missing.join(', ')}`;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || String(value).trim() === '';
}
