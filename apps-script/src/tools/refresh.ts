/** refreshDashboard: every tool in one go, sharing one read of Settings and one Dashboard. */

import { showProgress } from '../boundary.ts';
import { ensureCharts } from '../dashboard.ts';
import { runLifecycleTools } from '../lifecycle/lifecycle-tools.ts';
import type { ToolContext } from './context.ts';
import { runFundingTracker } from './funding.ts';
import { runImpactScorecard } from './impact.ts';
import { runStakeholderTools } from './stakeholders.ts';

/** Runs the stakeholder, funding, impact and lifecycle tools and then checks the charts once. */
export function runRefreshDashboard(context: ToolContext): string {
  showProgress(context.spreadsheet, 'Scoring and mapping stakeholders… (1/4)');
  const stakeholders = runStakeholderTools(context);
  showProgress(context.spreadsheet, 'Updating the funding tracker… (2/4)');
  const funding = runFundingTracker(context);
  showProgress(context.spreadsheet, 'Updating the impact scorecard… (3/4)');
  const impact = runImpactScorecard(context);
  showProgress(context.spreadsheet, 'Checking readiness, conflicts and exit plans… (4/4)');
  const lifecycle = runLifecycleTools(context);
  ensureCharts(context.dashboard());
  return `Dashboard refreshed. ${stakeholders} ${funding} ${impact} ${lifecycle}`;
}
