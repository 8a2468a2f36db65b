import { describe, expect, it } from 'vitest';
import { readRating } from '../../shared/health/health-check.ts';
import { readSurveyAnswer } from '../../shared/health/survey-answer.ts';
import { readSurveyKeyHashes, writeSurveyKeyHashes } from '../../shared/health/survey-keys.ts';

describe('readSurveyAnswer', () => {
  it.each([
    [{ trust: '6' }, 'Trust must be a whole number from 1 to 5.'],
    [{ trust: '0' }, 'Trust must be a whole number from 1 to 5.'],
    [{ 'shared-vision': '4.5' }, 'Shared Vision must be a whole number from 1 to 5.'],
    [{ results: ' 5 ', 'fair-decisions': 'five' }, 'Fair Decisions must be a whole number from 1 to 5.'],
    [{}, 'Rate at least one of the ten factors from 1 to 5.'],
    [{ trust: '4', continue: 'perhaps' }, 'Continue must be yes, maybe or no.'],
    [{ trust: '4', respondent: 'x'.repeat(201) }, 'Your name is longer than 200 characters.'],
  ])('should refuse %j', (fields, issue) => {
    const answer = readSurveyAnswer(fields);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.issues).toContain(issue);
  });

  it('should keep the ratings given and the text as written', () => {
    const answer = readSurveyAnswer({
      trust: '4',
      'local-knowledge-valued': '2',
      respondent: ' =cmd ',
      comments: '@x',
      continue: 'Maybe',
    });
    expect(answer).toEqual({
      ok: true,
      value: {
        respondent: '=cmd',
        ratings: { Trust: 4, 'Local Knowledge Valued': 2 },
        continue: 'maybe',
        comments: '@x',
      },
    });
  });
});

describe('readRating', () => {
  it.each([
    [5, 5],
    ['3', 3],
    [6, undefined],
    [2.5, undefined],
    ['good', undefined],
    ['', undefined],
  ])('should read %j as %j', (cell, rating) => expect(readRating(cell)).toBe(rating));
});

describe('survey key hashes', () => {
  it('should round-trip partners, ignoring lines a person broke', () => {
    const hash = 'ab'.repeat(32);
    const text = writeSurveyKeyHashes([{ hash, partner: 'Harbor & Pine,  Giving' }]);
    expect(readSurveyKeyHashes(`${text}\nnot a hash line\n`)).toEqual([
      { hash, partner: 'Harbor & Pine, Giving' },
    ]);
  });
});
