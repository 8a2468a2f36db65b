import { describe, expect, it } from 'vitest';
import { SCOPE_TABLE } from '../../apps-script/emulator/scope-table.ts';
import { scopesFor } from '../../apps-script/emulator/scopes.ts';
import { readScopeNotes } from '../../scripts/generate-scope-table.ts';
import { manifest } from '../apps-script/harness.ts';
import { runScript } from './with-bundle.ts';

const ADD_ON = { manifest };

describe('the scope table', () => {
  it("should hold exactly the Authorization notes of Google's reference (gas-types-detailed)", () => {
    expect(SCOPE_TABLE).toEqual(readScopeNotes());
  });

  it.each([
    ['DriveApp.getFileById', ['drive', 'drive.readonly']],
    ['File.addViewer', ['drive']],
    ['Range.setValues', ['spreadsheets.currentonly', 'spreadsheets']],
    ['SpreadsheetApp.openById', ['spreadsheets']],
    ['Session.getActiveUser', ['userinfo.email']],
    ['Ui.showModalDialog', ['script.container.ui']],
    ['ScriptApp.newTrigger', ['script.scriptapp']],
    ['ScriptApp.getProjectTriggers', ['script.scriptapp']],
    ['ScriptApp.deleteTrigger', ['script.scriptapp']],
    ['MailApp.sendEmail', ['script.send_mail']],
    ['Drive.Permissions.create', ['drive', 'drive.file']],
    ['Sheets.Spreadsheets.Values.batchUpdate', ['drive', 'drive.file', 'spreadsheets']],
    ['Utilities.getUuid', []],
  ])('should know the scopes of %s', (key, scopes) => {
    expect([...scopesFor(key)].sort()).toEqual([...scopes].sort());
  });
});

describe('scope enforcement with the add-on manifest', () => {
  it('should refuse a DriveApp call under drive.file with Apps Script’s message', () => {
    expect(() => runScript('DriveApp.getFileById(SpreadsheetApp.getActive().getId());', ADD_ON)).toThrow(
      'You do not have permission to call DriveApp.getFileById. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
    );
  });

  it('should refuse openById (spreadsheets) under spreadsheets.currentonly, and allow the bound spreadsheet', () => {
    const { result } = runScript(
      'return SpreadsheetApp.getActive().getSheets()[0].getRange("A1").setValue(3).getValue();',
      ADD_ON,
    );
    expect(result).toBe(3);
    expect(() => runScript('SpreadsheetApp.openById("EMULATED_SPREADSHEET_ID");', ADD_ON)).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  it('should throw the error as an Exception of the bundle', () => {
    const { result } = runScript(
      'try { DriveApp.getFileById("x"); } catch (e) { return e.name + ": " + (e instanceof Error); }',
      ADD_ON,
    );
    expect(result).toBe('Exception: true');
  });

  it('should enforce nothing without a manifest (Apps Script then asks for what the code uses)', () => {
    const { result } = runScript(
      'return DriveApp.getFileById(SpreadsheetApp.getActive().getId()).getName();',
    );
    expect(result).toBe('Partnerkit');
  });

  it('should give advanced services only when the manifest enables them', () => {
    expect(runScript('return typeof Drive + " " + typeof Sheets;').result).toBe('undefined undefined');
    expect(runScript('return typeof Drive + " " + typeof Sheets;', ADD_ON).result).toBe('object object');
  });

  it('should refuse an advanced call whose scopes are not declared, as the API does', () => {
    const narrow = {
      manifest: { ...manifest, oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] },
    };
    expect(() =>
      runScript(
        "Drive.Files.create({ name: 'x', mimeType: 'application/vnd.google-apps.spreadsheet' });",
        narrow,
      ),
    ).toThrow(
      'API call to drive.files.create failed with error: Request had insufficient authentication scopes.',
    );
  });
});
