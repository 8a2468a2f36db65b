import { describe, expect, it } from 'vitest';
import { type Draft, editField, emptyDraft } from '../../extension/clip/draft.ts';
import { findSaveProblem } from '../../extension/clip/save-problem.ts';

const PAGE = 'https://riverside-foundation.example.org/grants';

function organisation(name: string): Draft {
  return editField(emptyDraft(PAGE), 'organization', 'name', name);
}

function opportunity(
  fields: Partial<Record<'title' | 'amountMin' | 'amountMax' | 'currency', string>>,
): Draft {
  let draft: Draft = { ...emptyDraft(PAGE), kind: 'opportunity' };
  for (const [key, value] of Object.entries({ title: 'Youth Water Fund', ...fields }))
    draft = editField(draft, 'opportunity', key as 'title', value);
  return draft;
}

describe('findSaveProblem', () => {
  it('should let a named organisation or a titled opportunity be saved', () => {
    expect(findSaveProblem(organisation('Riverside Community Foundation'))).toBeUndefined();
    expect(findSaveProblem(opportunity({ amountMax: '25,000', currency: 'usd' }))).toBeUndefined();
  });

  it.each([
    ['an organisation without a name', organisation('  '), 'Add the organisation’s name to save.'],
    ['an opportunity without a title', opportunity({ title: '' }), 'Add the opportunity’s title to save.'],
    [
      'an amount that is not a number',
      opportunity({ amountMin: 'about ten' }),
      'Amounts must be numbers, like 25000.',
    ],
    [
      'a smallest amount above the largest',
      opportunity({ amountMin: '5000', amountMax: '100' }),
      'The smallest amount is more than the largest: swap them.',
    ],
    [
      'a currency that is not a code',
      opportunity({ currency: 'dollars' }),
      'Currency must be a three-letter code, like USD or EUR.',
    ],
    [
      'a page that is not on the web',
      { ...organisation('Riverside'), sourceUrl: 'chrome://newtab/' },
      'Only web pages (http or https addresses) can be clipped.',
    ],
  ])('should say what to fix for %s', (_, draft, reason) => {
    expect(findSaveProblem(draft)).toBe(reason);
  });
});
