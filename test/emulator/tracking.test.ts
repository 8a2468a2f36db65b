import { describe, expect, it } from 'vitest';
import { runScript, withBundle } from './with-bundle.ts';

describe('call counting', () => {
  it('should count every service call by Type.method', () => {
    const { runtime } = runScript(
      `var sheet = SpreadsheetApp.getActive().getSheets()[0];
       for (var i = 0; i < 3; i++) sheet.getRange(1, 1).getValues();`,
    );
    expect(runtime.calls.get('SpreadsheetApp.getActive')).toBe(1);
    expect(runtime.calls.get('Sheet.getRange')).toBe(3);
    expect(runtime.calls.get('Range.getValues')).toBe(3);
    expect(runtime.calls.get('Range.*')).toBe(3);
    expect(runtime.calls.total()).toBe(8);
    runtime.calls.reset();
    expect(runtime.calls.total()).toBe(0);
  });

  it('should keep object identity across calls', () => {
    const { result } = runScript(
      `var ss = SpreadsheetApp.getActive(); return ss.getSheetByName('Sheet1') === ss.getSheets()[0] && ss === SpreadsheetApp.getActiveSpreadsheet();`,
    );
    expect(result).toBe(true);
  });
});

describe('unknown methods', () => {
  it.each([
    ['Range.foo', 'SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1).foo()'],
    ['Sheet.getFilter', 'SpreadsheetApp.getActive().getSheets()[0].getFilter()'],
    ['SpreadsheetApp.BorderStyle', 'SpreadsheetApp.BorderStyle'],
  ])('should fail loudly on %s', (name, code) => {
    const { fns } = withBundle(`function main() { return ${code}; }`);
    expect(() => fns.main?.()).toThrow(`Emulator: ${name} is not implemented`);
  });

  it('should not expose emulator internals to the bundle', () => {
    const { fns } = withBundle(`function main() { return SpreadsheetApp.getActive().getSheets()[0]._grid; }`);
    expect(() => fns.main?.()).toThrow('Emulator: Sheet._grid is not implemented');
  });

  it('should throw errors the bundle can catch as its own Error', () => {
    const { result } = runScript(
      `try { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1); } catch (e) { return [e instanceof Error, e.name, e.message]; }`,
    );
    expect(result).toEqual([true, 'Exception', 'The starting row of the range is too small.']);
  });
});
