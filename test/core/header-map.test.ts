import { describe, expect, it } from 'vitest';
import { mapColumns, missingHeaders, recordToRow, rowToRecord } from '../../shared/header-map.ts';
import { STAKEHOLDERS } from '../../shared/workbook-schema.ts';

describe('mapColumns', () => {
  it('should find columns by header text in any order and case', () => {
    const header = ['My notes', '  NAME ', 'focus   areas', 'id'];
    expect(mapColumns(header, ['ID', 'Name', 'Focus Areas', 'Trust'])).toEqual({
      ID: 3,
      Name: 1,
      'Focus Areas': 2,
    });
  });

  it('should take the first of two columns with the same header', () => {
    expect(mapColumns(['Name', 'name'], ['Name'])).toEqual({ Name: 0 });
  });
});

describe('missingHeaders', () => {
  it('should list the schema headers a tab lacks, in schema order', () => {
    const header = STAKEHOLDERS.headers.filter((h) => h !== 'Trust' && h !== 'Notes');
    expect(missingHeaders(header, STAKEHOLDERS.headers)).toEqual(['Trust', 'Notes']);
  });
});

describe('rowToRecord and recordToRow', () => {
  const header = ['Extra', 'Score', 'Name'];
  const columns = mapColumns(header, ['Name', 'Score']);

  it('should read a row by header', () => {
    expect(rowToRecord(['keep me', 80, 'Acme'], columns)).toEqual({ Name: 'Acme', Score: 80 });
  });

  it('should write only the named columns and keep the extra column untouched', () => {
    expect(recordToRow({ Score: 55 }, columns, 3, ['keep me', 80, 'Acme'])).toEqual(['keep me', 55, 'Acme']);
  });

  it('should fill a new row with empty cells', () => {
    expect(recordToRow({ Name: 'New' }, columns, 3)).toEqual(['', '', 'New']);
  });
});
