import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runScript, withBundle } from './with-bundle.ts';

describe('Ui', () => {
  it('should record add-on menus with their items', () => {
    const { runtime } = runScript(
      "SpreadsheetApp.getUi().createAddonMenu().addItem('Score partners', 'scorePartners').addSeparator().addToUi();",
    );
    expect(runtime.ui.menus).toEqual([
      {
        title: 'Add-on',
        addon: true,
        items: [{ caption: 'Score partners', functionName: 'scorePartners' }, { separator: true }],
      },
    ]);
  });

  it('should answer alerts from the scripted queue, else close them', () => {
    const code =
      'var ui = SpreadsheetApp.getUi(); return ui.alert("Share", "Go?", ui.ButtonSet.YES_NO) === ui.Button.YES;';
    expect(runScript(code, { uiResponses: [{ button: 'YES' }] }).result).toBe(true);
    const { result, runtime } = runScript(code);
    expect(result).toBe(false);
    expect(runtime.ui.alerts[0]).toMatchObject({
      title: 'Share',
      prompt: 'Go?',
      buttons: 'YES_NO',
      answer: { button: 'CLOSE' },
    });
  });

  it('should throw on getUi in a web-app execution', () => {
    const { fns } = withBundle('function doPost() { SpreadsheetApp.getUi(); }', { ui: false });
    expect(() => fns.doPost?.()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('should record dialogs with their HTML and toasts', () => {
    const { runtime } = runScript(
      `SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>hi</p>').setWidth(300), 'Title');
       SpreadsheetApp.getActive().toast('Done', 'Partnerkit');`,
    );
    expect(runtime.ui.dialogs).toEqual([
      { kind: 'modal', title: 'Title', html: '<p>hi</p>', width: 300, height: undefined },
    ]);
    expect(runtime.ui.toasts).toEqual([{ message: 'Done', title: 'Partnerkit', timeoutSeconds: 5 }]);
  });

  it('should escape <?= ?> in templates', () => {
    const { result } = runScript(
      "var t = HtmlService.createTemplate('<b><?= name ?></b>'); t.name = '<x>'; return t.evaluate().getContent();",
    );
    expect(result).toBe('<b>&#60;x&#62;</b>');
  });
});

describe('Utilities', () => {
  it('should return SHA-256 digests as signed bytes like Apps Script', () => {
    const { result } = runScript(
      'return Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, "tökén");',
    );
    const expected = [...createHash('sha256').update('tökén', 'utf8').digest()].map((b) =>
      b > 127 ? b - 256 : b,
    );
    expect(result).toEqual(expected);
    expect((result as number[]).some((b) => b < 0)).toBe(true);
  });

  it('should base64-encode signed bytes, web-safe on request', () => {
    const { result } = runScript(
      'return [Utilities.base64Encode([-1, -2, 0]), Utilities.base64EncodeWebSafe([-1, -2, 0])];',
    );
    expect(result).toEqual(['//4A', '__4A']);
  });

  it('should format dates with Java patterns in a time zone', () => {
    const { result } = runScript(
      "return Utilities.formatDate(new Date(Date.UTC(2025, 2, 1, 23, 30)), 'Europe/Berlin', \"yyyy-MM-dd'T'HH:mm EEE\");",
    );
    expect(result).toBe('2025-03-02T00:30 Sun');
  });
});

describe('ContentService and PropertiesService', () => {
  it('should build JSON text output', () => {
    const { result } = runScript(
      "var o = ContentService.createTextOutput('{}').setMimeType(ContentService.MimeType.JSON); return [o.getContent(), o.getMimeType()];",
    );
    expect(result).toEqual(['{}', 'JSON']);
  });

  it('should keep properties as strings and refuse values over 9 KB', () => {
    const { fns, runtime } = withBundle(
      `function main() { var p = PropertiesService.getScriptProperties(); p.setProperty('n', 5); return p.getProperty('n'); }
       function big() { PropertiesService.getDocumentProperties().setProperty('x', new Array(9300).join('a')); }`,
    );
    expect(fns.main?.()).toBe('5');
    expect(() => fns.big?.()).toThrow('Argument too large: value');
    expect(runtime.properties.script.entries.get('n')).toBe('5');
  });
});

describe('DriveApp', () => {
  it('should record grants, never downgrade, and report link sharing', () => {
    const { runtime } = runScript(
      `var file = DriveApp.getFileById(SpreadsheetApp.getActive().getId());
       file.addEditor('a@example.org'); file.addViewer('a@example.org'); file.addCommenter('b@example.org');
       file.removeViewer('b@example.org');`,
    );
    const id = runtime.spreadsheet.fake.getId();
    expect(runtime.drive.roleOf(id, 'a@example.org')).toBe('editor');
    expect(runtime.drive.roleOf(id, 'b@example.org')).toBe('none');
    expect(runtime.drive.isPublic(id)).toBe(false);
    expect(runtime.drive.history.map((c) => c.action)).toEqual([
      'addEditor',
      'addViewer',
      'addCommenter',
      'removeViewer',
    ]);
  });

  it('should refuse an invalid email', () => {
    const { fns } = withBundle(
      "function main() { DriveApp.getFileById(SpreadsheetApp.getActive().getId()).addViewer('not an email'); }",
    );
    expect(() => fns.main?.()).toThrow('Invalid email: not an email');
  });
});
