/**
 * What the page needs to edit a tab: per column whether a person owns it (the schema's computed
 * columns are the tools'), what it takes (text, number, date) and the choices of its dropdown
 * (the workbook's own validation, so any tab set up with one gets a picker), plus the cells that
 * hold formulas and the tools that recompute the tab after an edit.
 */
import type { FakeSheet } from '../apps-script/emulator/fake-sheet.ts';
import { normalizeHeader } from '../shared/header-map.ts';
import { columnKind } from '../shared/workbook-schema.ts';
import { isPersonColumn, schemaOf } from './save/cell-edit.ts';

/** A column as the page edits it. */
export interface ColumnView {
  header: string;
  editable: boolean;
  kind: 'text' | 'number' | 'date';
  /** The dropdown's values, when the column has one. */
  choices?: string[];
  /** True when values outside `choices` are refused. */
  strict?: boolean;
  /** The number format the add-on set ("0%" shows a share as a percent). */
  format?: string;
}

/** The tools that recompute a tab from what a person typed, first the one that fits best. */
const TAB_TOOLS: Record<string, readonly string[]> = {
  stakeholders: ['scorePartners', 'buildStakeholderMap'],
  funding: ['updateFundingTracker', 'updateMobilisationPlan'],
  impact: ['updateImpactScorecard'],
  feedback: ['summariseHealthCheck'],
  contributions: ['updateMobilisationPlan'],
  'mobilisation plan': ['updateMobilisationPlan'],
  'due diligence': ['checkDueDiligence'],
  settings: ['refreshDashboard'],
};

/** The tools (by function name) offered beside a tab, among those the bundle has. */
export function tabTools(tab: string, available: ReadonlySet<string>): string[] {
  return (TAB_TOOLS[normalizeHeader(tab)] ?? []).filter((name) => available.has(name));
}

/** The columns of a tab whose header row is `header`. */
export function columnViews(sheet: FakeSheet, header: readonly string[]): ColumnView[] {
  const schema = schemaOf(sheet.getName());
  const row = sheet.getMaxRows() >= 2 ? 2 : 1;
  return header.map((text, i) => {
    const known = schema?.headers.find((h) => normalizeHeader(h) === normalizeHeader(text));
    const isId = normalizeHeader(text) === 'id';
    const view: ColumnView = {
      header: text,
      editable: !isId && isPersonColumn(sheet.getName(), text),
      kind: schema && known ? columnKind(schema, known) : 'text',
    };
    const cell = sheet._rangeAt(row, i + 1, 1, 1);
    const rule = cell.getDataValidation();
    const values = rule?.getCriteriaValues() ?? [];
    if (rule?.getCriteriaType() === 'VALUE_IN_LIST' && Array.isArray(values[0])) {
      view.choices = (values[0] as unknown[]).map(String);
      view.strict = !rule.getAllowInvalid();
    }
    const format = cell.getNumberFormat();
    if (format && format !== 'General') view.format = format;
    return view;
  });
}

/** "row:column" (1-based) of each cell shown that holds a formula. */
export function formulaCells(formulas: readonly string[][]): string[] {
  const cells: string[] = [];
  formulas.forEach((row, r) => {
    row.forEach((formula, c) => {
      if (formula !== '') cells.push(`${r + 1}:${c + 1}`);
    });
  });
  return cells;
}
