import { describe, expect, it } from 'vitest';
import { validateClip, validateOpportunity, validateOrganization } from '../../shared/validate.ts';

const base = {
  id: '3f0c1a52-8d6e-4f3b-9a55-0c7f2b1d9e10',
  capturedAt: '2026-11-22T10:00:00.000Z',
  sourceUrl: 'https://riverside-trust.example/about',
};

describe('validateClip', () => {
  it.each([
    ['2026-11-22T10:00:00.000Z'],
    ['2026-11-22T10:00Z'],
    ['2026-11-22T10:00:00+05:30'],
    ['2024-02-29T23:59:59-0800'],
  ])('should accept the real date-time %s', (capturedAt) => {
    expect(validateClip({ ...base, capturedAt, kind: 'organization', organization: { name: 'A' } }).ok).toBe(
      true,
    );
  });

  it.each([['https://acme.org'], ['acme.org'], ['www.acme.org/about'], ['acme.org:8080'], ['']])(
    'should accept the website %j',
    (website) => {
      expect(validateClip({ ...base, kind: 'organization', organization: { name: 'A', website } }).ok).toBe(
        true,
      );
    },
  );

  it('should accept an organisation clip and fill list defaults', () => {
    const result = validateClip({
      ...base,
      kind: 'organization',
      organization: { name: ' Riverside Trust ' },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.organization?.name).toBe('Riverside Trust');
    expect(result.value.organization?.emails).toEqual([]);
    expect(result.value.tags).toEqual([]);
  });

  it('should accept an opportunity clip with amounts, currency and deadline', () => {
    const opportunity = {
      title: 'Small Grants',
      amountMin: 1000,
      amountMax: 5000,
      currency: 'EUR',
      deadline: '2027-01-31',
    };
    expect(validateClip({ ...base, kind: 'opportunity', opportunity }).ok).toBe(true);
  });

  it.each([
    [
      { ...base, id: 'not-a-uuid', kind: 'organization', organization: { name: 'A' } },
      'id: id must be a UUID',
    ],
    [{ ...base, kind: 'organization' }, 'organization is required'],
    [{ ...base, kind: 'opportunity', organization: { name: 'A' } }, 'opportunity is required'],
    [
      { ...base, kind: 'person', organization: { name: 'A' } },
      'kind: kind must be organization or opportunity',
    ],
    [
      { ...base, sourceUrl: 'javascript:alert(1)', kind: 'organization', organization: { name: 'A' } },
      'sourceUrl',
    ],
    [{ ...base, kind: 'organization', organization: { name: '   ' } }, 'organization.name: name is required'],
    [{ ...base, capturedAt: 'yesterday', kind: 'organization', organization: { name: 'A' } }, 'capturedAt'],
    [
      { ...base, capturedAt: '2026-13-45T99:99Z', kind: 'organization', organization: { name: 'A' } },
      'capturedAt',
    ],
    [
      { ...base, capturedAt: '2026-02-30T10:00:00Z', kind: 'organization', organization: { name: 'A' } },
      'capturedAt',
    ],
    [
      { ...base, capturedAt: '2026-01-05T24:00:00Z', kind: 'organization', organization: { name: 'A' } },
      'capturedAt',
    ],
    [
      { ...base, capturedAt: '2026-01-05T10:00:00+15:00', kind: 'organization', organization: { name: 'A' } },
      'capturedAt',
    ],
    [
      { ...base, kind: 'organization', organization: { name: 'A', capturedAt: '2026-01-05T10:60Z' } },
      'organization.capturedAt',
    ],
    [
      { ...base, sourceUrl: 'data:text/html,<b>x</b>', kind: 'organization', organization: { name: 'A' } },
      'sourceUrl',
    ],
    [{ ...base, sourceUrl: 'https://', kind: 'organization', organization: { name: 'A' } }, 'sourceUrl'],
    [
      { ...base, kind: 'organization', organization: { name: 'A', sourceUrl: 'javascript:alert(1)' } },
      'organization.sourceUrl',
    ],
    [
      { ...base, kind: 'organization', organization: { name: 'A', website: 'javascript:alert(1)' } },
      'organization.website',
    ],
    [
      { ...base, kind: 'organization', organization: { name: 'A', website: 'data:,x' } },
      'organization.website',
    ],
    [
      { ...base, kind: 'organization', organization: { name: 'A', website: 'ftp://a.org' } },
      'organization.website',
    ],
    [
      { ...base, kind: 'opportunity', opportunity: { title: 'T', url: 'javascript:alert(1)' } },
      'opportunity.url',
    ],
    [{ ...base, kind: 'opportunity', opportunity: { title: 'T', url: 'vbscript:x' } }, 'opportunity.url'],
    [null, 'Invalid type'],
    ['{"id":1}', 'Invalid type'],
  ])('should reject %j with a clear issue', (input, issue) => {
    const result = validateClip(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.join('\n')).toContain(issue);
  });
});

describe('validateOrganization', () => {
  it.each([
    [{ name: 'A', type: 'club' }, 'type must be one of'],
    [{ name: 'A', sdgs: [0] }, 'sdgs.0'],
    [{ name: 'A', sdgs: [18] }, 'sdgs.0'],
    [{ name: 'A', sdgs: [2.5] }, 'sdgs.0'],
    [{ name: 'A', emails: 'a@b.org' }, 'emails'],
  ])('should reject %j', (input, issue) => {
    const result = validateOrganization(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.join('\n')).toContain(issue);
  });

  it('should accept every organisation type', () => {
    for (const type of [
      'foundation',
      'corporate',
      'government',
      'ngo',
      'academic',
      'multilateral',
      'community',
    ]) {
      expect(validateOrganization({ name: 'A', type }).ok).toBe(true);
    }
  });
});

describe('validateOpportunity', () => {
  it.each([
    [{ title: 'T', currency: 'eur' }, 'currency must be an ISO 4217 code'],
    [{ title: 'T', deadline: '31/01/2027' }, 'deadline'],
    [{ title: 'T', deadline: '2027-02-30' }, 'deadline'],
    [{ title: 'T', amountMin: -1 }, 'amountMin'],
    [{ title: 'T', amountMin: 10, amountMax: 5 }, 'amountMin must not exceed amountMax'],
    [{ title: 'T', amountMax: Number.POSITIVE_INFINITY }, 'amountMax'],
    [{ title: 'T', sourceType: 'lottery' }, 'sourceType must be one of'],
  ])('should reject %j', (input, issue) => {
    const result = validateOpportunity(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.join('\n')).toContain(issue);
  });

  it('should accept nulls for unknown amounts, currency and deadline', () => {
    expect(
      validateOpportunity({ title: 'T', amountMin: null, amountMax: null, currency: null, deadline: null })
        .ok,
    ).toBe(true);
  });
});
