import { describe, expect, it } from 'vitest';
import { manifest } from '../apps-script/harness.ts';
import { runScript } from './with-bundle.ts';

const ADD_ON = { manifest, activeUser: 'owner@example.org' };
const SHEET = "{ name: 'Room', mimeType: 'application/vnd.google-apps.spreadsheet' }";

describe('Drive (advanced, v3)', () => {
  it('should create a Google Doc from HTML, readable back, with a webViewLink when asked for', () => {
    const { runtime, result } = runScript(
      `var blob = Utilities.newBlob('<h1>Agreement</h1><p>Terms</p>', 'text/html', 'a.html');
       var doc = Drive.Files.create({ name: 'Agreement', mimeType: 'application/vnd.google-apps.document' }, blob,
         { fields: 'id,name,webViewLink' });
       var plain = Drive.Files.create({ name: 'Other', mimeType: 'application/vnd.google-apps.document' }, blob);
       return { doc: doc, plainKeys: Object.keys(plain).sort() };`,
      ADD_ON,
    );
    const { doc, plainKeys } = result as {
      doc: { id: string; name: string; webViewLink: string };
      plainKeys: string[];
    };
    expect(doc.webViewLink).toBe(`https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`);
    expect(runtime.drive.file(doc.id).html).toBe('<h1>Agreement</h1><p>Terms</p>');
    // Drive v3 answers its default fields only, unless `fields` asks for more.
    expect(plainKeys).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(runtime.calls.get('Drive.Files.create')).toBe(2);
  });

  it('should share a file it created with named people only, notify them, and list and remove grants', () => {
    const { runtime, result } = runScript(
      `var room = Drive.Files.create(${SHEET});
       Drive.Permissions.create({ type: 'user', role: 'commenter', emailAddress: 'Ana@Partner.org' }, room.id,
         { sendNotificationEmail: true, emailMessage: 'Shared by owner' });
       Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'bo@partner.org' }, room.id,
         { sendNotificationEmail: false });
       var list = Drive.Permissions.list(room.id, { fields: 'permissions(id,emailAddress,role,type)' }).permissions;
       var bo = list.filter(function (p) { return p.emailAddress === 'bo@partner.org'; })[0];
       Drive.Permissions.remove(room.id, bo.id);
       var owner = list.filter(function (p) { return p.role === 'owner'; })[0];
       try { Drive.Permissions.remove(room.id, owner.id); } catch (e) { return { id: room.id, error: e.name + ': ' + e.message, list: list }; }`,
      ADD_ON,
    );
    const { id, error, list } = result as {
      id: string;
      error: string;
      list: { emailAddress: string; role: string }[];
    };
    expect(list.map((p) => `${p.emailAddress} ${p.role}`)).toEqual([
      'owner@example.org owner',
      'ana@partner.org commenter',
      'bo@partner.org reader',
    ]);
    expect(error).toBe(
      'GoogleJsonResponseException: API call to drive.permissions.delete failed with error: The owner of a file cannot be removed.',
    );
    const file = runtime.drive.file(id);
    expect([...file.commenters]).toEqual(['ana@partner.org']);
    expect(file.viewers.size).toBe(0);
    expect(runtime.drive.notifications).toEqual([
      {
        fileId: id,
        to: 'ana@partner.org',
        role: 'commenter',
        message: 'Shared by owner',
        by: 'owner@example.org',
      },
    ]);
  });

  it('should not reach the bound workbook under drive.file', () => {
    expect(() =>
      runScript(
        "Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'a@b.org' }, SpreadsheetApp.getActive().getId());",
        ADD_ON,
      ),
    ).toThrow(
      'API call to drive.permissions.create failed with error: File not found: EMULATED_SPREADSHEET_ID.',
    );
    expect(() => runScript('Sheets.Spreadsheets.get(SpreadsheetApp.getActive().getId());', ADD_ON)).toThrow(
      'API call to sheets.spreadsheets.get failed with error: The caller does not have permission',
    );
  });
});

describe('Sheets (advanced, v4)', () => {
  it('should write RAW values as text and USER_ENTERED values as typed', () => {
    const { runtime, result } = runScript(
      `var id = Drive.Files.create(${SHEET}).id;
       Sheets.Spreadsheets.batchUpdate({ requests: [{ addSheet: { properties: { title: 'Partners' } } }] }, id);
       Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'RAW', data: [
         { range: "'Partners'!A1", values: [['=IMPORTXML("http://x","//a")', '+1', '<b>x</b>', 12]] }] }, id);
       Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: 'USER_ENTERED', data: [
         { range: 'Partners!A2', values: [['=1+1', '1,000']] }] }, id);
       return { id: id, read: Sheets.Spreadsheets.Values.get(id, 'Partners!A1:D2', { valueRenderOption: 'FORMULA' }).values };`,
      ADD_ON,
    );
    const { id, read } = result as { id: string; read: unknown[][] };
    expect(read).toEqual([
      ['=IMPORTXML("http://x","//a")', '+1', '<b>x</b>', 12],
      ['=1+1', 1000],
    ]);
    const room = runtime.spreadsheetById(id);
    expect(room?.values('Partners')?.[0]).toEqual(['=IMPORTXML("http://x","//a")', '+1', '<b>x</b>', 12]);
    expect(room?.fake.getSheetByName('Partners')?._grid.get(1, 1)?.formula).toBeUndefined();
    expect(room?.fake.getSheetByName('Partners')?._grid.get(2, 1)?.formula).toBe('=1+1');
    expect(runtime.calls.get('Sheets.Spreadsheets.Values.batchUpdate')).toBe(2);
  });

  it('should apply all requests of a batchUpdate or none', () => {
    const { runtime, result } = runScript(
      `var id = Drive.Files.create(${SHEET}).id;
       try {
         Sheets.Spreadsheets.batchUpdate({ requests: [
           { addSheet: { properties: { title: 'A' } } }, { addSheet: { properties: { title: 'a' } } }] }, id);
       } catch (e) { return { id: id, message: e.message }; }`,
      ADD_ON,
    );
    const { id, message } = result as { id: string; message: string };
    expect(message).toContain('Invalid requests[1].addSheet: A sheet with the name "a" already exists.');
    expect(
      runtime
        .spreadsheetById(id)
        ?.fake.getSheets()
        .map((s) => s.getName()),
    ).toEqual(['Sheet1']);
  });

  it('should protect a range for the owner only, keep the owner, and refuse other writers', () => {
    const { runtime, result } = runScript(
      `var id = Drive.Files.create(${SHEET}).id;
       var reply = Sheets.Spreadsheets.batchUpdate({ requests: [{ addProtectedRange: { protectedRange: {
         range: { sheetId: Sheets.Spreadsheets.get(id).sheets[0].properties.sheetId },
         description: 'mirror', editors: { users: [] } } } }] }, id);
       return { id: id, editors: reply.replies[0].addProtectedRange.protectedRange.editors.users };`,
      ADD_ON,
    );
    const { id, editors } = result as { id: string; editors: string[] };
    expect(editors).toEqual(['owner@example.org']);
    const room = runtime.spreadsheetById(id)?.fake;
    const protection = room?.getSheets()[0]?.protections[0];
    protection?.removeEditor('owner@example.org');
    expect(protection?.getEditors().map((u) => u.getEmail())).toEqual(['owner@example.org']);
    runtime.execution.effectiveUser = 'partner@partner.org';
    expect(() => room?.getSheets()[0]?.getRange('A1').setValue('x')).toThrow(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
    runtime.execution.effectiveUser = 'owner@example.org';
    expect(room?.getSheets()[0]?.getRange('A1').setValue('ok').getValue()).toBe('ok');
  });

  it('should refuse a bound-sheet write by someone who is not an editor of its protection', () => {
    const code = `var sheet = SpreadsheetApp.getActive().getSheets()[0];
      var p = sheet.getRange('A1:A5').protect(); p.removeEditors(p.getEditors());
      return p.getEditors().map(function (u) { return u.getEmail(); });`;
    const { runtime, result } = runScript(code, ADD_ON);
    // Neither the owner nor the current user can be removed.
    expect(result).toEqual(['owner@example.org']);
    runtime.execution.effectiveUser = 'editor@partner.org';
    expect(() => runtime.spreadsheet.fake.getSheets()[0]?.getRange('A2').setValue(1)).toThrow(
      'protected cell',
    );
    expect(runtime.spreadsheet.fake.getSheets()[0]?.getRange('B2').setValue(1).getValue()).toBe(1);
  });
});
