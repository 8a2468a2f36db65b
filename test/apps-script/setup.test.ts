import { describe, expect, it } from 'vitest';
import { STAKEHOLDERS, TABS } from '../../shared/workbook-schema.ts';
import { call, lastAlert, loadAddOn, setUpWith, tab } from './harness.ts';

describe('onOpen', () => {
  it('should add every tool to the add-on menu', () => {
    const addOn = loadAddOn();
    call(addOn, 'onOpen', { authMode: 'FULL' });
    const items = addOn.runtime.ui.menus[0]?.items.flatMap((item) =>
      'functionName' in item ? [item.functionName] : [],
    );
    expect(addOn.runtime.ui.menus[0]?.addon).toBe(true);
    expect(items).toEqual([
      'setUpWorkbook',
      'scorePartners',
      'buildStakeholderMap',
      'updateFundingTracker',
      'updateImpactScorecard',
      'refreshDashboard',
      'shareWithPartners',
      'connectClipper',
      'checkDueDiligence',
      'draftAgreement',
      'draftProgressReport',
      'updateMobilisationPlan',
      'summariseHealthCheck',
      'createSurveyLinks',
      'subscribeToDeadlines',
      'setUpReminders',
      'removeReminders',
    ]);
  });

  it('should offer only setup before the add-on is authorised', () => {
    const addOn = loadAddOn();
    call(addOn, 'onInstall', { authMode: 'NONE' });
    const items = addOn.runtime.ui.menus[0]?.items.flatMap((item) =>
      'functionName' in item ? [item.functionName] : [],
    );
    expect(items).toEqual(['setUpWorkbook']);
  });
});

describe('setUpWorkbook', () => {
  it('should create every tab with its headers and a frozen header row', () => {
    const addOn = setUpWith({});
    const data = addOn.runtime.spreadsheet.snapshot();
    for (const schema of TABS) {
      const sheet = data.sheets.find((s) => s.name === schema.name);
      expect(sheet, schema.name).toBeDefined();
      expect(sheet?.values[0]?.slice(0, schema.headers.length)).toEqual([...schema.headers]);
      if (schema.headers.length > 0) expect(sheet?.frozenRows).toBe(1);
    }
    const settings = tab(addOn, 'Settings');
    expect(settings.rows.find((r) => r[0] === 'base currency')?.[1]).toBe('USD');
    expect(settings.rows.find((r) => r[0] === 'probability drafting')?.[1]).toBe(0.4);
  });

  it('should keep rows and extra columns, add missing headers at the end, and not duplicate formats or charts', () => {
    const addOn = setUpWith({
      Stakeholders: [
        ['My notes', 'name', 'Trust', 'ID'],
        ['keep me', 'Acme', 4, 'a1'],
      ],
    });
    call(addOn, 'setUpWorkbook');
    const { header, rows } = tab(addOn, 'Stakeholders');
    expect(header.slice(0, 4)).toEqual(['My notes', 'name', 'Trust', 'ID']);
    expect(header).toHaveLength(STAKEHOLDERS.headers.length + 1);
    expect(header).toContain('Score Notes');
    expect(rows[0]?.slice(0, 4)).toEqual(['keep me', 'Acme', 4, 'a1']);
    const data = addOn.runtime.spreadsheet.snapshot();
    const stakeholders = data.sheets.find((s) => s.name === 'Stakeholders');
    const dashboard = data.sheets.find((s) => s.name === 'Dashboard');
    const first = addOn.runtime.spreadsheet.snapshot();
    call(addOn, 'setUpWorkbook');
    const again = addOn.runtime.spreadsheet.snapshot();
    expect(again.sheets.find((s) => s.name === 'Stakeholders')?.conditionalFormats).toEqual(
      stakeholders?.conditionalFormats,
    );
    expect(dashboard?.charts).toHaveLength(3);
    expect(again.sheets.find((s) => s.name === 'Dashboard')?.charts).toHaveLength(3);
    expect(again.sheets.find((s) => s.name === 'Settings')?.values).toEqual(
      first.sheets.find((s) => s.name === 'Settings')?.values,
    );
    expect(lastAlert(addOn)).toBeUndefined();
  });

  it('should not duplicate the Funding highlights when rerun', () => {
    const addOn = setUpWith({});
    const before =
      addOn.runtime.spreadsheet.snapshot().sheets.find((s) => s.name === 'Funding')?.conditionalFormats
        ?.length ?? 0;
    call(addOn, 'setUpWorkbook');
    const after = addOn.runtime.spreadsheet.snapshot().sheets.find((s) => s.name === 'Funding')
      ?.conditionalFormats?.length;
    expect(before).toBeGreaterThan(0);
    expect(after).toBe(before);
  });
});

describe('setUpWorkbook: Country', () => {
  it('should give the Stakeholders Country column a dropdown of ISO 3166-1 alpha-2 codes that flags other text', () => {
    const addOn = setUpWith({});
    const sheet = addOn.runtime.spreadsheet.snapshot().sheets.find((s) => s.name === 'Stakeholders');
    const column = String.fromCharCode(65 + STAKEHOLDERS.headers.indexOf('Country'));
    const rule = sheet?.validations?.find((v) => v.a1.startsWith(`${column}2:`));
    expect(rule?.criteria).toBe('VALUE_IN_LIST');
    const [codes, dropdown] = rule?.values ?? [];
    expect(codes).toEqual(expect.arrayContaining(['KE', 'US', 'GB', 'DE']));
    expect(codes).not.toContain('UK');
    expect((codes as string[]).length).toBe(249);
    expect(dropdown).toBe(true);
    // A name typed before this wave ("Kenya") is kept and flagged, never refused or rewritten.
    expect(rule?.allowInvalid).toBe(true);
    expect(rule?.helpText).toMatch(/two-letter/);
  });
});
