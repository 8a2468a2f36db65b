/** What the partnership agreement is built from: workbook rows as plain text. */
import type { CheckInDays } from '../settings/settings.ts';

export interface AgreementParty {
  name: string;
  type: string;
  country: string;
  website: string;
  contact: string;
  nextCheckIn: string;
}

export interface AgreementGoal {
  goal: string;
  indicator: string;
  partner: string;
  unit: string;
  baseline: string;
  target: string;
  dueDate: string;
}

export interface AgreementAction {
  milestone: string;
  responsible: string;
  accountable: string;
  consulted: string;
  informed: string;
  dueDate: string;
}

export interface AgreementContribution {
  partner: string;
  type: string;
  description: string;
  value: string;
  currency: string;
  hours: string;
}

export interface AgreementExitPlan {
  partnership: string;
  exitTrigger: string;
  plannedEnd: string;
  handoverTo: string;
  continuityFunding: string;
  assetsAndData: string;
  communication: string;
  owner: string;
  reviewDate: string;
}

export interface AgreementData {
  /** The workbook's name, said in the draft's preamble. */
  workbookName: string;
  /** YYYY-MM-DD the draft was made. */
  drafted: string;
  parties: AgreementParty[];
  goals: AgreementGoal[];
  actions: AgreementAction[];
  /** Undefined when the workbook has no Contributions tab. */
  contributions?: AgreementContribution[];
  exitPlans: AgreementExitPlan[];
  checkInDays: CheckInDays;
  conflictStageDays: readonly number[];
}
