import { describe, expect, it } from 'vitest';
import { GroupSave } from '../../local/save/group-save.ts';

/** A save whose finish the test controls. */
function controlledSaves() {
  const started: number[] = [];
  const finishers: (() => void)[] = [];
  let version = 0;
  const saver = new GroupSave(() => {
    started.push(version);
    return new Promise<void>((resolve) => finishers.push(resolve));
  });
  return {
    saver,
    started,
    change: () => {
      version += 1;
    },
    finish: async () => {
      finishers.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('GroupSave', () => {
  it('should give changes made during a save one later save that includes them all', async () => {
    const s = controlledSaves();
    s.change();
    const first = s.saver.request();
    await new Promise((resolve) => setImmediate(resolve));
    s.change();
    const second = s.saver.request();
    s.change();
    const third = s.saver.request();
    expect(second).toBe(third);
    await s.finish();
    await first;
    await s.finish();
    await Promise.all([second, third]);
    expect(s.started).toEqual([1, 3]);
  });

  it('should reject the callers of a failed save and still save later', async () => {
    let fail = true;
    const saver = new GroupSave(async () => {
      if (fail) throw new Error('disk full');
    });
    await expect(saver.request()).rejects.toThrow('disk full');
    fail = false;
    await expect(saver.request()).resolves.toBeUndefined();
    await saver.idle();
  });
});
