/** The words around a date that make it a deadline, or not, in the languages the Clipper reads. */
/**
 * Words in any script (`\b` is ASCII-only and misses "até" or "vóór"). Only the end is checked here: a
 * lookbehind makes V8 scan several times slower, so callers skip matches that start mid-word (`startsMidWord`).
 */
const word = (alternatives: string) => new RegExp(String.raw`(?:${alternatives})(?![\p{L}\p{N}])`, 'giu');

/** True when a match at `index` continues a longer word ("reopen", "Stadtplazo"). */
export function startsMidWord(text: string, index: number): boolean {
  return index > 0 && /[\p{L}\p{N}]/u.test(text.charAt(index - 1));
}

/** Words that name a deadline: the date after them is one. */
export const STRONG = word(
  [
    String.raw`deadlines?|due(?! to\b)(?: date)?|clos(?:es|ing date|ing|e)|apply by|submit(?:ted)? by|no later than|received by|until`,
    'frist|stichtag|spätestens|bis spätestens|einreichung bis|abgabetermin|einreichungstermin',
    '(?:bewerbungs|einsende|antrags|einreichungs|abgabe|annahme|ausschreibungs)(?:schluss|frist)',
    'fecha l[íi]mite|plazo|cierre|date limite|date de clôture|clôture|avant le|au plus tard',
    'prazo|data limite|encerramento|inscrições(?: abertas)? até',
    'scadenza|termine (?:ultimo|di presentazione)|entro e non oltre|data di chiusura|sluitingsdatum|uiterlijk',
  ].join('|'),
);
/** Words that make a date right after them a deadline: "by 1 May", "bis 1. Mai". */
export const WEAK = word(
  "through|till|by|bis(?: zum)?|hasta(?: el)?|jusqu'au|jusqu’au|até|entro(?: il)?|fino al|tot en met|vóór",
);
/** Words before a date range whose end is the deadline: "open 1 Jan – 31 Mar 2027". */
export const RANGE = word(
  'open(?:s|ed)?|accepted|(?:submission|application) (?:window|period)|abiert[oa]s?|ouvert(?:e|es|s)?|geöffnet|(?:bewerbungs|einreichungs|antrags|ausschreibungs)zeitraum|abert[oa]s?|inscrições|inscripciones|apert[oa]|geopend',
);
/** Words before a trigger that make its date something else: a publication date, a rolling call. */
export const NOT_DEADLINE =
  /(?<!\p{L})(?:period of performance|project period|performance period|published|updated|posted|copyright|born|founded|established|rolling|publicado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)/iu;
