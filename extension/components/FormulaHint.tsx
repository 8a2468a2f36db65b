import { FORMULA_HINT, looksLikeFormula } from '../clip/looks-like-formula.ts';

export interface FormulaHintProps {
  id: string;
  values: readonly string[];
  /** Name the value (a list's item) rather than the whole field. */
  quote?: boolean;
}

/** Under a field whose text a spreadsheet would read as a formula: it is kept as text. */
export function FormulaHint({ id, values, quote = false }: FormulaHintProps) {
  const formula = values.find(looksLikeFormula);
  if (formula === undefined) return null;
  return (
    <p id={id} class="field-hint formula-hint">
      {quote ? `“${formula.trim()}”: ${FORMULA_HINT.toLowerCase()}` : FORMULA_HINT}
    </p>
  );
}

/** The ids a field's aria-describedby lists: its source, its formula hint when shown, and more. */
export function describedBy(id: string, values: readonly string[], extra?: string): string {
  return [`${id}-source`, values.some(looksLikeFormula) ? `${id}-formula` : undefined, extra]
    .filter(Boolean)
    .join(' ');
}
