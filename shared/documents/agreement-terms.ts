/** The agreement's working terms: governance, disagreements, confidentiality, term and signatures. */
import { CONFLICT_STAGES } from '../lifecycle/conflicts.ts';
import type { CheckInDays } from '../settings/settings.ts';
import type { AgreementData, AgreementExitPlan, AgreementParty } from './agreement-data.ts';
import { h2, LEAD, or, p } from './blocks.ts';
import type { Block } from './document.ts';

const STAGE_PRACTICE = [
  'the people closest to the issue talk it through directly and in good faith.',
  'a person both sides trust, from within the partnership, helps them find common ground.',
  'an independent mediator agreed by the parties helps them reach a settlement.',
  'the steering group, one representative per party, decides; the decision is recorded.',
  'if the disagreement still stands, any party may leave under the exit terms of section 8.',
];

/** Meetings, check-ins and decision making. */
export function governanceClause(data: AgreementData): Block[] {
  const d: CheckInDays = data.checkInDays;
  const scheduled = data.parties.filter((party) => party.nextCheckIn.trim() !== '');
  return [
    h2('5. Governance and check-ins'),
    p(
      'A steering group with one representative of each party oversees the partnership, reviews progress against the shared goals and decides by consensus. Each party names its representative in writing and tells the others when that changes.',
    ),
    p(
      `The lead contact of ${LEAD} checks in with each partner regularly: strategic partners every ${d.strategic} days, engaged partners every ${d.engage} days, others every ${d.monitor} to ${d.deprioritize} days. Partners are asked for feedback on the partnership's health at least once a year.`,
    ),
    ...(scheduled.length > 0
      ? [
          {
            kind: 'list',
            ordered: false,
            items: scheduled.map((party) => `Next check-in with ${party.name}: ${party.nextCheckIn.trim()}`),
          } satisfies Block,
        ]
      : []),
  ];
}

/** The five stages of the conflict resolution protocol, with their days. */
export function conflictClause(stageDays: readonly number[]): Block[] {
  let total = 0;
  const items = CONFLICT_STAGES.map((stage, index) => {
    const days = stageDays[index] ?? 0;
    total += days;
    return `${stage} (${days} days; by day ${total} after the issue is raised): ${STAGE_PRACTICE[index]}`;
  });
  return [
    h2('6. Resolving disagreements'),
    p(
      'Any party may raise an issue in writing. The parties move through the stages below in order, moving on only when a stage has not resolved the issue within its days. Issues, the stage reached and how they were resolved are logged and the lessons shared.',
    ),
    { kind: 'list', ordered: false, items },
  ];
}

/** Confidentiality and personal data. */
export function confidentialityClause(): Block[] {
  return [
    h2('7. Confidentiality and data'),
    p(
      "Each party keeps confidential what the others share in confidence, unless the sharing party agrees in writing or the law requires otherwise. Personal data about participants and staff is collected only for the partnership's purpose, kept secure, shared only as needed, and handled under the data protection law that applies to each party. Each party tells the others promptly of any data breach that affects the partnership.",
    ),
  ];
}

/** Term, review and exit, from the Exit Plan. */
export function termClause(exit: AgreementExitPlan | undefined): Block[] {
  const e = exit ?? {
    partnership: '',
    exitTrigger: '',
    plannedEnd: '',
    handoverTo: '',
    continuityFunding: '',
    assetsAndData: '',
    communication: '',
    owner: '',
    reviewDate: '',
  };
  return [
    h2('8. Term, review and exit'),
    p(
      `This agreement starts when the last party signs and runs until ${or(e.plannedEnd, '[planned end date]')}, unless the parties extend it in writing. The parties review it together by ${or(e.reviewDate, '[review date]')} and at least once a year.`,
    ),
    {
      kind: 'list',
      ordered: false,
      items: [
        `The partnership ends when: ${or(e.exitTrigger, '[exit trigger]')}.`,
        `Work continues with: ${or(e.handoverTo, '[who takes over]')}.`,
        `Continuity funding: ${or(e.continuityFunding, '[how the work is funded after the partnership]')}.`,
        `Assets and data: ${or(e.assetsAndData, '[who keeps which assets and data, and what is returned or deleted]')}.`,
        `Communication: ${or(e.communication, '[how participants, funders and the community are told]')}.`,
        `Responsible for the exit plan: ${or(e.owner, '[owner]')}.`,
      ],
    },
    p(
      'A party leaving gives the others notice in writing and works with them to hand over its commitments in good order.',
    ),
  ];
}

/** One signature block per party, the drafting organisation first. */
export function signatureClause(parties: readonly AgreementParty[]): Block[] {
  const names = [LEAD, ...(parties.length > 0 ? parties.map((party) => party.name) : ['[partner name]'])];
  return [
    h2('9. Signatures'),
    {
      kind: 'table',
      header: ['For', 'Name', 'Title', 'Signature', 'Date'],
      rows: names.map((name) => [name, '', '', '', '']),
    },
  ];
}
