/**
 * PRODUCT.md "Documents — the agreement": a draft partnership agreement built from the workbook.
 * Every clause uses the workbook's data where there is some and a plain [placeholder] where not,
 * so the draft says what still has to be agreed.
 */

import { agreementClauses } from './agreement-clauses.ts';
import type { AgreementData, AgreementExitPlan } from './agreement-data.ts';
import type { Block, DocumentModel } from './document.ts';

/** The agreement between the given parties. */
export function buildAgreement(data: AgreementData): DocumentModel {
  const names = data.parties.map((p) => p.name);
  const title =
    names.length > 0 ? `Partnership agreement — ${names.join('; ')}` : 'Partnership agreement — [parties]';
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Partnership agreement' },
    {
      kind: 'paragraph',
      text: `Draft of ${data.drafted}, prepared from the workbook "${data.workbookName}". It is a starting point for conversation: read it together, change what does not fit, and take legal advice before anyone signs.`,
    },
    ...agreementClauses(data, relevantExitPlan(data.exitPlans, names)),
  ];
  return { title, blocks };
}

/** The exit plan naming one of the parties, else the only plan there is. */
function relevantExitPlan(
  plans: readonly AgreementExitPlan[],
  parties: readonly string[],
): AgreementExitPlan | undefined {
  const lowered = parties.map((p) => p.toLowerCase()).filter((p) => p !== '');
  const named = plans.find((plan) => lowered.some((party) => plan.partnership.toLowerCase().includes(party)));
  return named ?? (plans.length === 1 ? plans[0] : undefined);
}
