import { describe, expect, it } from 'vitest';
import { exportCsv, importFundingCsv, importStakeholdersCsv } from '../../shared/csv.ts';
import { FUNDING, STAKEHOLDERS } from '../../shared/workbook-schema.ts';

describe('importStakeholdersCsv', () => {
  it('should map columns by header in any order and case, with a BOM and CRLF', () => {
    const csv =
      '\uFEFFname,TYPE,Emails,sdgs,Trust,Custom\r\nRiverside Trust,Foundation,a@r.org;b@r.org,4; 10,5,x\r\n';
    const result = importStakeholdersCsv(csv);
    expect(result.errors).toEqual([]);
    expect(result.extraColumns).toEqual(['Custom']);
    expect(result.records).toEqual([
      { Name: 'Riverside Trust', Type: 'foundation', Emails: 'a@r.org; b@r.org', SDGs: '4; 10', Trust: 5 },
    ]);
  });

  it('should keep a quoted newline inside one field', () => {
    const csv = 'Name,Description\n"Acme","Line one\nLine two"\n';
    expect(importStakeholdersCsv(csv).records[0]?.Description).toBe('Line one\nLine two');
  });

  it('should report each bad row by number and import the good ones', () => {
    const csv = [
      'Name,Type,Trust,Emails,SDGs',
      'Good Org,ngo,3,hello@good.org,1',
      ',ngo,3,,',
      'Bad Type,club,3,,',
      'Bad Rating,ngo,7,,',
      'Bad Email,ngo,2,not-an-email,',
      'Bad SDG,ngo,2,,18',
    ].join('\n');
    const result = importStakeholdersCsv(csv);
    expect(result.records.map((r) => r.Name)).toEqual(['Good Org']);
    expect(result.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'Row 3: Name is required',
      'Row 4: Type must be one of foundation, corporate, government, ngo, academic, multilateral, community (got "club")',
      'Row 5: Trust must be a whole number from 1 to 5 (got "7")',
      'Row 6: Emails has an invalid email: not-an-email',
      'Row 7: SDGs must be SDG numbers from 1 to 17 (got "18")',
    ]);
  });

  it('should refuse a file without a Name column', () => {
    expect(importStakeholdersCsv('Org,Type\nA,ngo\n').errors).toEqual([
      { row: 1, message: 'The header row has no "Name" column.' },
    ]);
  });

  it('should refuse an empty file', () => {
    expect(importStakeholdersCsv('').errors[0]?.message).toContain('empty');
  });
});

describe('importFundingCsv', () => {
  it('should parse amounts, currency, deadline, stage and percentages', () => {
    const csv =
      'Opportunity,Amount Min,Amount Max,Currency,Deadline,Stage,Probability\nSmall Grants,"1,000",5000,eur,2027-01-31,Drafting,40%\n';
    expect(importFundingCsv(csv).records).toEqual([
      {
        Opportunity: 'Small Grants',
        'Amount Min': 1000,
        'Amount Max': 5000,
        Currency: 'EUR',
        Deadline: '2027-01-31',
        Stage: 'drafting',
        Probability: 0.4,
      },
    ]);
  });

  it.each([
    ['Amount Min,Amount Max\n10,5', 'Amount Min must not exceed Amount Max'],
    ['Deadline\n2027-02-30', 'Deadline must be a date as YYYY-MM-DD'],
    ['Currency\neuro', 'Currency must be an ISO 4217 code'],
    ['Amount Max\nlots', 'Amount Max must be a number'],
    ['Probability\n150%', 'Probability must be between 0 and 1'],
    ['Stage\nwon', 'Stage must be one of'],
  ])('should reject %j', (columns, message) => {
    const [header, row] = columns.split('\n');
    const result = importFundingCsv(`Opportunity,${header}\nGrant,${row}\n`);
    expect(result.records).toEqual([]);
    expect(result.errors[0]?.message).toContain(message);
  });
});

describe('exportCsv', () => {
  it('should write every schema header with a BOM and make formula-like text inert', () => {
    const csv = exportCsv(STAKEHOLDERS, [
      { Name: '=HYPERLINK("http://x","y")', Trust: 4, Notes: '@cmd', Country: '-5' },
    ]);
    expect(csv.startsWith('\uFEFFID,Name,Type,')).toBe(true);
    expect(csv).toContain('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csv).toContain("'@cmd");
    expect(csv).not.toContain("'-5");
  });

  it.each([['  =HYPERLINK("http://x")'], ['\u00A0=1+1'], ['\u200B@cmd'], ['\u202E+1+1'], ['\uFEFF-2+3']])(
    'should make %j inert though a trigger follows spaces or invisible characters',
    (name) => {
      const csv = exportCsv(STAKEHOLDERS, [{ Name: name }]);
      const field = csv.split('\r\n')[1]?.split(',')[1] ?? '';
      expect(field.replace(/^"/, '').startsWith("'")).toBe(true);
      expect(importStakeholdersCsv(csv).records[0]?.Name).toBe(name);
    },
  );

  it('should round-trip hostile, multi-line and list values through import', () => {
    const records = [
      {
        Name: '=1+1',
        Description: 'Two\nlines, "quoted"',
        Emails: 'a@x.org; b@x.org',
        Trust: 4,
        Notes: '+1 555 0100',
      },
      { Name: 'Plain; Org', Tags: 'health; youth', Country: 'Kenya' },
    ];
    const result = importStakeholdersCsv(exportCsv(STAKEHOLDERS, records));
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual(records.map((r) => expect.objectContaining(r)));
  });

  it('should round-trip a Funding row', () => {
    const record = {
      Opportunity: 'Seed Fund',
      Funder: '@Funder',
      'Amount Max': 25000,
      Currency: 'USD',
      Deadline: '2027-03-01',
    };
    expect(importFundingCsv(exportCsv(FUNDING, [record])).records).toEqual([expect.objectContaining(record)]);
  });
});
