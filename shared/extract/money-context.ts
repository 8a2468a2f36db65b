/** What the words around an amount say: a per-award sum, a ceiling or floor, or a price or total. */
import type { MoneyMention } from './amounts.ts';

const AWARD =
  /\b(?:grants?|awards?|awarded|scholarships?|fellowships?|funding|funds?|stipends?|prizes?|bursary|bursaries|support|seed|financial|subsidy|subsidies|förder\w*|zuschuss|stipendium|subvenci\w+|ayudas?|becas?|subventions?|bourses?|financement|prêmio|bolsas?|financiamento|apoios?|dotac\w*|contribut\w*|sovvenzion\w*|finanziament\w*|subsidie\w*|per (?:project|progetto|award|applicant|grantee|year|chapter|student|recipient)|por (?:proyecto|projeto|beneficiario)|par (?:projet|lauréat|bénéficiaire)|(?:pro|je) (?:projekt|vorhaben)|each)\b/i;
const FILLER = String.raw`(?:\s+(?:award|grant|amount|funding|request|per\s+\w+|is|of|will be|be|de|di|du|von|van|è|es|est|ist|bedraagt|beträgt))*\s*[:=]?\s*`;
/** Or a label naming what is capped: "Cuantía máxima de la ayuda:", "Montant maximum de la subvention :". */
const LABEL = String.raw`(?:\s+[\p{L}'’]+){0,4}\s*:\s*`;
const CEILING = new RegExp(
  String.raw`(?<!\p{L})(?:up to|a maximum of|maximum|max\.?|ceiling|no more than|not (?:to )?exceed|not more than|bis zu|höchstens|maximal|maximaal|máxim[oa]|massim[oa]|hasta|jusqu'?à|jusqu’à|até|fino a|tot|plafond|tope|cap of)(?:${FILLER}|${LABEL})$`,
  'iu',
);
const FLOOR = new RegExp(
  String.raw`(?<!\p{L})(?:at least|minimum(?: of)?|min\.?|floor|no less than|not less than|mindestens|minimaal|mínim[oa]|minim[oa]|from|ab|desde|à partir de|a partir de)(?:${FILLER}|${LABEL})$`,
  'iu',
);
const BETWEEN = /(?:between|zwischen|entre|tra|fra|tussen)\s*$/i;
/** What joins the two ends of a range: "5,000 to 10,000", "5.000 und 20.000", "1 à 2 millions". */
export const RANGE_TO = /^\s*(?:-|–|—|to|and|bis|und|a|à|au|hasta|y|até|e|et|tot|en)\s*$/i;
const NEGATIVE =
  /\b(?:price[sd]?|pricing|cost[s]?|fees?|tuition|purchase|buy|sale|shipping|tickets?|salar(?:y|ies)|revenue|income|assets|donated|donations?|raised|spent|total|totale|totaal|overall|pool|budget(?:s|ed)?|appropriat\w+|expected total|in total|insgesamt|gesamt\w*|preis|kosten|eintritt|precio|coste?|entradas?|presupuesto|prix|coût|tarif\w*|enveloppe|preço|custo|ingresso|orçamento|biglietto|stanziamento|complessiv\w*|toegang|dues|membership)\b/i;

/** The role an amount plays given the words just before it. */
export function roleOf(before: string): MoneyMention['role'] {
  if (CEILING.test(before)) return 'max';
  if (BETWEEN.test(before)) return 'range-min';
  if (FLOOR.test(before)) return 'min';
  return 'exact';
}

/** How likely an amount is a per-award grant: award words help, prices, totals and tables hurt. */
export function scoreOf(sentence: string, before: string, table: boolean): number {
  let score = AWARD.test(sentence) ? 2 : 0;
  if (CEILING.test(before) || FLOOR.test(before)) score += 1;
  if (NEGATIVE.test(sentence)) score -= 3;
  if (table) score -= 1;
  return score;
}
