/**
 * Conditional formatting: tiers, quadrants, statuses, near and overdue deadlines. Our rules carry
 * a marker in their formula, so a rerun replaces them and keeps every rule a person added.
 */
import { mapColumns } from '../../../shared/header-map.ts';
import type { Settings } from '../../../shared/settings/settings.ts';
import type { TabSchema } from '../../../shared/workbook-schema.ts';
import { columnLetter } from '../dashboard.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Always true; its text marks a rule as Partnerkit's. */
const MARKER = 'N("partnerkit")=0';

const GREEN = '#b7e1cd';
const LIGHT_GREEN = '#d9ead3';
const YELLOW = '#fce8b2';
const RED = '#f4c7c3';
const GREY = '#e0e0e0';
const BLUE = '#cfe2f3';

interface Highlight {
  /** Column the colour goes on. */
  on: string;
  /** Condition over named columns: `{Tier}` becomes that column's cell in the row. */
  when: string;
  color: string;
}

const equals = (column: string, value: string) => `{${column}}="${value}"`;
// Dates are numbers in Sheets; a blank or text cell is never past due.
const pastDue = (cell: string) => `AND(ISNUMBER(${cell}),${cell}<TODAY())`;
const readinessColors = (column: string): Highlight[] => [
  { on: column, when: equals(column, 'ready'), color: GREEN },
  { on: column, when: equals(column, 'in progress'), color: YELLOW },
  { on: column, when: equals(column, 'red flag'), color: RED },
];

function highlights(settings: Settings): Record<string, Highlight[]> {
  const open = 'OR({Stage}="",{Stage}="prospect",{Stage}="researching",{Stage}="drafting")';
  const days = '{Days To Deadline}';
  return {
    Stakeholders: [
      { on: 'Tier', when: equals('Tier', 'Strategic'), color: GREEN },
      { on: 'Tier', when: equals('Tier', 'Engage'), color: LIGHT_GREEN },
      { on: 'Tier', when: equals('Tier', 'Monitor'), color: YELLOW },
      { on: 'Tier', when: equals('Tier', 'Deprioritize'), color: GREY },
      { on: 'Quadrant', when: equals('Quadrant', 'Manage closely'), color: RED },
      { on: 'Quadrant', when: equals('Quadrant', 'Keep satisfied'), color: YELLOW },
      { on: 'Quadrant', when: equals('Quadrant', 'Keep informed'), color: BLUE },
      { on: 'Quadrant', when: equals('Quadrant', 'Monitor'), color: GREY },
      { on: 'Status', when: equals('Status', 'active'), color: GREEN },
      { on: 'Status', when: equals('Status', 'contacted'), color: BLUE },
      { on: 'Status', when: equals('Status', 'paused'), color: YELLOW },
      { on: 'Status', when: equals('Status', 'exited'), color: GREY },
      { on: 'Next Check-in', when: pastDue('{Next Check-in}'), color: RED },
      ...readinessColors('Due Diligence'),
    ],
    Funding: [
      { on: 'Days To Deadline', when: `AND(ISNUMBER(${days}),${days}<0,${open})`, color: RED },
      {
        on: 'Days To Deadline',
        when: `AND(ISNUMBER(${days}),${days}>=0,${days}<=${settings.deadlineWarningDays},${open})`,
        color: YELLOW,
      },
      { on: 'Stage', when: equals('Stage', 'awarded'), color: GREEN },
      { on: 'Stage', when: equals('Stage', 'declined'), color: GREY },
    ],
    Impact: [
      { on: 'Status', when: equals('Status', 'done'), color: GREEN },
      { on: 'Status', when: equals('Status', 'on track'), color: LIGHT_GREEN },
      { on: 'Status', when: equals('Status', 'at risk'), color: YELLOW },
      { on: 'Status', when: equals('Status', 'off track'), color: RED },
      { on: 'SMART Check', when: `AND({SMART Check}<>"",{SMART Check}<>"ok")`, color: YELLOW },
    ],
    'Due Diligence': readinessColors('Readiness'),
    Conflicts: [
      { on: 'Stage Due', when: `AND({Status}<>"resolved",${pastDue('{Stage Due}')})`, color: RED },
      { on: 'Status', when: equals('Status', 'resolved'), color: GREEN },
    ],
    'Exit Plan': [
      { on: 'Readiness', when: equals('Readiness', 'ready'), color: GREEN },
      { on: 'Readiness', when: `LEFT({Readiness},8)="missing:"`, color: YELLOW },
    ],
    'Mobilisation Plan': [
      {
        on: 'Share Of Secured',
        when: `AND(ISNUMBER({Share Of Secured}),{Share Of Secured}>${settings.maxSharePerSource})`,
        color: RED,
      },
      { on: 'Gap', when: 'AND(ISNUMBER({Gap}),{Gap}>0)', color: YELLOW },
    ],
  };
}

/** Replaces this tab's Partnerkit rules with fresh ones placed by the current header row. */
export function applyHighlights(
  sheet: Sheet,
  schema: TabSchema,
  header: readonly unknown[],
  settings: Settings,
): void {
  const wanted = highlights(settings)[schema.name];
  if (!wanted) return;
  const names = [
    ...new Set(
      wanted.flatMap((h) => [h.on, ...[...h.when.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string)]),
    ),
  ];
  const columns = mapColumns(header, names);
  const rows = sheet.getMaxRows() - 1;
  const kept = sheet.getConditionalFormatRules().filter((rule) => !isOurs(rule));
  const ours = wanted.flatMap((h) => {
    const target = columns[h.on];
    const formula = toFormula(h.when, columns);
    if (target === undefined || formula === undefined || rows < 1) return [];
    return [
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=AND(${formula},${MARKER})`)
        .setBackground(h.color)
        .setRanges([sheet.getRange(2, target + 1, rows, 1)])
        .build(),
    ];
  });
  sheet.setConditionalFormatRules([...kept, ...ours]);
}

function isOurs(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  return condition.getCriteriaValues().some((value) => String(value).includes(MARKER));
}

function toFormula(template: string, columns: Partial<Record<string, number>>): string | undefined {
  let missing = false;
  const formula = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const column = columns[name];
    if (column === undefined) missing = true;
    return `$${columnLetter((column ?? 0) + 1)}2`;
  });
  return missing ? undefined : formula;
}
