/**
 * A health-check survey answer posted by the partner's form: outside input, checked field by
 * field; a refusal names what was wrong and nothing is written.
 */
import { fail, ok, type Result } from '../result.ts';
import { HEALTH_FACTORS, type HealthFactor } from '../workbook-schema.ts';

/** Answers to "Should this partnership continue?". */
export const CONTINUE_ANSWERS = ['yes', 'maybe', 'no'] as const;

/** Longest respondent name and comment kept. */
export const MAX_RESPONDENT = 200;
export const MAX_COMMENTS = 5_000;

export interface SurveyAnswer {
  respondent: string;
  ratings: Partial<Record<HealthFactor, number>>;
  continue: string;
  comments: string;
}

/** The form field of a factor: "shared-vision", "local-knowledge-valued". */
export function factorField(factor: HealthFactor): string {
  return factor.toLowerCase().replace(/\s+/g, '-');
}

/**
 * Reads the form's fields. Every rating given must be a whole number 1–5 and at least one must
 * be given; a factor left blank is "cannot say". Text is kept as written (the writer escapes it).
 */
export function readSurveyAnswer(fields: Readonly<Record<string, unknown>>): Result<SurveyAnswer> {
  const issues: string[] = [];
  const ratings: Partial<Record<HealthFactor, number>> = {};
  for (const factor of HEALTH_FACTORS) {
    const raw = text(fields[factorField(factor)]).trim();
    if (raw === '') continue;
    if (!/^[1-5]$/.test(raw)) issues.push(`${factor} must be a whole number from 1 to 5.`);
    else ratings[factor] = Number(raw);
  }
  if (issues.length === 0 && Object.keys(ratings).length === 0)
    issues.push('Rate at least one of the ten factors from 1 to 5.');
  const respondent = text(fields.respondent).trim();
  if (respondent.length > MAX_RESPONDENT)
    issues.push(`Your name is longer than ${MAX_RESPONDENT} characters.`);
  const comments = text(fields.comments).trim();
  if (comments.length > MAX_COMMENTS) issues.push(`Comments are longer than ${MAX_COMMENTS} characters.`);
  const answer = text(fields.continue).trim().toLowerCase();
  if (answer !== '' && !(CONTINUE_ANSWERS as readonly string[]).includes(answer))
    issues.push('Continue must be yes, maybe or no.');
  if (issues.length > 0) return fail(...issues);
  return ok({ respondent, ratings, continue: answer, comments });
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
