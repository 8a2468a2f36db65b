/** The agreement's clauses, in the order a practitioner reads them. */
import type { AgreementData, AgreementExitPlan, AgreementParty } from './agreement-data.ts';
import {
  confidentialityClause,
  conflictClause,
  governanceClause,
  signatureClause,
  termClause,
} from './agreement-terms.ts';
import { h2, LEAD, or, p } from './blocks.ts';
import type { Block } from './document.ts';

/** Every clause after the preamble. */
export function agreementClauses(data: AgreementData, exit: AgreementExitPlan | undefined): Block[] {
  return [
    ...partiesClause(data.parties),
    ...purposeClause(data),
    ...rolesClause(data),
    ...contributionsClause(data),
    ...governanceClause(data),
    ...conflictClause(data.conflictStageDays),
    ...confidentialityClause(),
    ...termClause(exit),
    ...signatureClause(data.parties),
  ];
}

function partiesClause(parties: readonly AgreementParty[]): Block[] {
  const rows = parties.map((party) => [
    party.name,
    or(party.type, '[type]'),
    or(party.country, '[country]'),
    or(party.website, '[website]'),
    or(party.contact, '[contact]'),
  ]);
  return [
    h2('1. Parties'),
    p(`This agreement is made between ${LEAD} and the partners below (together "the parties").`),
    {
      kind: 'table',
      header: ['Partner', 'Type', 'Country', 'Website', 'Contact'],
      rows: rows.length > 0 ? rows : [['[partner name]', '[type]', '[country]', '[website]', '[contact]']],
    },
  ];
}

function purposeClause(data: AgreementData): Block[] {
  const parties = new Set(data.parties.map((party) => party.name.toLowerCase()));
  const goals = data.goals.filter(
    (goal) => goal.partner.trim() === '' || parties.has(goal.partner.trim().toLowerCase()),
  );
  const intro = p(
    'The parties work together towards the shared goals below, each bringing what it does best and respecting the mission, independence and knowledge of the others. Progress is measured against these indicators and reported to all parties.',
  );
  if (goals.length === 0)
    return [
      h2('2. Purpose and shared goals'),
      intro,
      p(
        '[Shared goals: specific, measurable, achievable, relevant and time-bound, each with an indicator, a target and a date.]',
      ),
    ];
  const target = (g: (typeof goals)[number]) =>
    [g.baseline ? `from ${g.baseline}` : '', g.target ? `to ${g.target}` : '[target]', g.unit]
      .filter(Boolean)
      .join(' ');
  return [
    h2('2. Purpose and shared goals'),
    intro,
    {
      kind: 'table',
      header: ['Goal', 'Indicator', 'Target', 'By', 'Lead'],
      rows: goals.map((g) => [
        or(g.goal, '[goal]'),
        or(g.indicator, '[indicator]'),
        target(g),
        or(g.dueDate, '[date]'),
        or(g.partner, 'all parties'),
      ]),
    },
  ];
}

function rolesClause(data: AgreementData): Block[] {
  const intro = p(
    'Each milestone has one party Responsible for doing the work and one Accountable for signing it off; those Consulted are asked before decisions, those Informed are told after.',
  );
  if (data.actions.length === 0)
    return [
      h2('3. Roles and responsibilities'),
      intro,
      p('[Milestones with who is responsible, accountable, consulted and informed.]'),
    ];
  return [
    h2('3. Roles and responsibilities'),
    intro,
    {
      kind: 'table',
      header: ['Milestone', 'Responsible', 'Accountable', 'Consulted', 'Informed', 'Due'],
      rows: data.actions.map((a) => [
        or(a.milestone, '[milestone]'),
        or(a.responsible, '[responsible]'),
        or(a.accountable, '[accountable]'),
        a.consulted,
        a.informed,
        or(a.dueDate, '[date]'),
      ]),
    },
  ];
}

function contributionsClause(data: AgreementData): Block[] {
  const rows = (data.contributions ?? []).map((c) => [
    or(c.partner, '[partner]'),
    or(c.type, '[type]'),
    or(c.description, '[what]'),
    [c.value, c.currency].filter(Boolean).join(' ') || (c.hours ? `${c.hours} hours` : '[value]'),
  ]);
  return [
    h2('4. Contributions'),
    p('Each party commits the resources below. Changes are agreed in writing by the parties concerned.'),
    rows.length > 0
      ? { kind: 'table', header: ['Partner', 'Type', 'Contribution', 'Value'], rows }
      : p(
          '[What each party brings: funds, in-kind support, expertise, volunteer time, networks, venues or equipment, with their value.]',
        ),
  ];
}
