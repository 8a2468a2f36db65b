import { describe, expect, it } from 'vitest';
import { dueDiligenceReadiness, partnersMissingDueDiligence } from '../../shared/lifecycle/due-diligence.ts';
import { DUE_DILIGENCE_ITEMS } from '../../shared/workbook-schema.ts';

/** Every item answered `fill`, then the given cells. */
const items = (fill: unknown, cells: Record<string, unknown> = {}) => ({
  ...Object.fromEntries(DUE_DILIGENCE_ITEMS.map((item) => [item, fill])),
  ...cells,
});

describe('dueDiligenceReadiness', () => {
  it.each([
    ['every item yes', items('yes'), 'ready', 'Every item is yes or n/a.'],
    [
      'yes and n/a, written loosely',
      items(' Yes ', { References: 'N/A', 'Data Protection': 'na' }),
      'ready',
      'Every item is yes or n/a.',
    ],
    [
      'one no among yeses',
      items('yes', { 'Legal Registration': 'no' }),
      'red flag',
      'No: Legal Registration.',
    ],
    [
      'no items named before pending and blank ones',
      items('yes', {
        References: 'pending',
        'Financial Statements': 'NO',
        'Safeguarding Policy': '',
        'Mission Fit': 'no',
      }),
      'red flag',
      'No: Mission Fit, Financial Statements. Pending: References. Not checked yet: Safeguarding Policy.',
    ],
    [
      'pending and blank, no "no"',
      items('yes', { 'Conflict Of Interest Declared': 'pending', 'Data Protection': undefined }),
      'in progress',
      'Pending: Conflict Of Interest Declared. Not checked yet: Data Protection.',
    ],
    [
      'a new row, nothing answered',
      items(''),
      'in progress',
      `Not checked yet: ${DUE_DILIGENCE_ITEMS.join(', ')}.`,
    ],
    [
      'an answer outside the list',
      items('yes', { References: 'maybe' }),
      'in progress',
      'Not yes/no/pending/n/a: References.',
    ],
  ])('should read %s', (_, row, readiness, notes) => {
    expect(dueDiligenceReadiness(row)).toEqual({ readiness, notes });
  });
});

describe('partnersMissingDueDiligence', () => {
  it('should list prospect and active stakeholders without a row, once each, in sheet order', () => {
    const stakeholders = [
      { name: 'Acme Trust', status: 'active' },
      { name: 'Bright Futures', status: 'prospect' },
      { name: 'Old Ally', status: 'exited' },
      { name: 'Contacted Co', status: 'contacted' },
      { name: '  acme   trust ', status: 'active' },
      { name: 'Delta Fund', status: 'Active' },
      { name: 'Delta Fund', status: 'active' },
      { name: '', status: 'active' },
    ];
    expect(partnersMissingDueDiligence(stakeholders, ['ACME TRUST'])).toEqual([
      'Bright Futures',
      'Delta Fund',
    ]);
  });
});
