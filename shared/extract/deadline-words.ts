/** The words around a date that make it a deadline, or not, in the languages the Clipper reads. */
/** A word, not part of a longer one, in any script: `\b` is ASCII-only and misses "até" or "vóór". */
const word = (alternatives: string) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives})(?![\p{L}\p{N}])`, 'giu');

/** Words that name a deadline: the date after them is one. */
export const STRONG = word(
  [
    String.raw`deadlines?|due(?! to\b)(?: date)?|clos(?:es|ing date|ing|e)|apply by|submit(?:ted)? by|no later than|received by|until`,
    String.raw`\p{L}+schluss|\p{L}*frist|stichtag|abgabetermin|einreichungstermin|einreichung bis|(?:bis )?spätestens`,
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
  'open(?:s|ed)?|accepted|(?:submission|application) (?:window|period)|abiert[oa]s?|ouvert(?:e|es|s)?|geöffnet|\\p{L}+zeitraum|abert[oa]s?|inscrições|inscripciones|apert[oa]|geopend',
);
/** Words before a trigger that make its date something else: a publication date, a rolling call. */
export const NOT_DEADLINE =
  /(?<!\p{L})(?:period of performance|project period|performance period|published|updated|posted|copyright|born|founded|established|rolling|publicado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)/iu;
