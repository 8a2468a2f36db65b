import { describe, expect, it } from 'vitest';
import { runScript, withBundle } from './with-bundle.ts';

describe('loadBundle', () => {
  it('should return the top-level functions, not the IIFE global nor services', () => {
    const { fns } = withBundle(
      `var PartnerkitApp = (function () { return { doGet: function () { return 'ok'; } }; })();
       function doGet() { return PartnerkitApp.doGet.apply(this, arguments); }
       function onOpen() {}`,
    );
    expect(Object.keys(fns).sort()).toEqual(['doGet', 'onOpen']);
    expect(fns.doGet?.()).toBe('ok');
  });

  it.each([
    'process',
    'require',
    'setTimeout',
    'setInterval',
    'URL',
    'fetch',
    'TextEncoder',
    'window',
    'document',
    'Buffer',
    'global',
    'module',
  ])('should leave %s out of the context', (name) => {
    const { result } = runScript(`return typeof ${name};`);
    expect(result).toBe('undefined');
  });

  it('should offer the Apps Script globals and JS built-ins', () => {
    const { result } = runScript(
      `return [typeof SpreadsheetApp, typeof ContentService, typeof Utilities, typeof JSON, typeof Math, typeof console.log];`,
    );
    expect(result).toEqual(['object', 'object', 'object', 'object', 'object', 'function']);
  });

  it("should drive the bundle's clock with the now option", () => {
    const now = new Date('2025-06-01T12:00:00Z');
    const { result } = runScript(
      'return [new Date().getTime(), Date.now(), new Date(0).getTime(), new Date() instanceof Date];',
      {
        now: () => now,
      },
    );
    expect(result).toEqual([now.getTime(), now.getTime(), 0, true]);
  });

  it('should release locks when an execution ends', () => {
    const { runtime, fns } = withBundle('function main() { LockService.getScriptLock().waitLock(1000); }');
    fns.main?.();
    expect(runtime.locks.held.size).toBe(0);
    expect(runtime.locks.waits).toEqual([1000]);
  });

  it('should time out waitLock when another execution holds the lock', () => {
    const { runtime, fns } = withBundle(
      'function main() { return LockService.getScriptLock().tryLock(10); }',
    );
    runtime.locks.heldElsewhere.add('script');
    expect(fns.main?.()).toBe(false);
  });
});
