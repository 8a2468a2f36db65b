import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal, parseJournal } from '../../local/save/journal.ts';
import { tempDir } from './local-harness.ts';

describe('Journal', () => {
  it('should keep synced entries across a reopen, with sequence numbers that keep growing', async () => {
    const path = join(tempDir(), 'partnerkit.journal');
    const journal = Journal.open(path);
    expect(journal.append([{ id: 'a' }])).toBe(1);
    expect(journal.append([{ id: 'b' }, { id: 'c' }])).toBe(2);
    await journal.sync();
    await journal.close();
    const again = Journal.open(path);
    expect(again.entriesAfter(0).map((e) => e.clips)).toEqual([[{ id: 'a' }], [{ id: 'b' }, { id: 'c' }]]);
    expect(again.entriesAfter(1).map((e) => e.seq)).toEqual([2]);
    again.continueAfter(7);
    expect(again.append([{ id: 'd' }])).toBe(8);
    await again.close();
  });

  it('should ignore a torn last line (it was never acknowledged) and append after it cleanly', async () => {
    const path = join(tempDir(), 'partnerkit.journal');
    const journal = Journal.open(path);
    journal.append([{ id: 'whole' }]);
    await journal.close();
    appendFileSync(path, '{"seq":2,"at":"2025-01-01T00:00:00.000Z","clips":[{"id":"to');
    const again = Journal.open(path);
    expect(again.entriesAfter(0).map((e) => e.clips)).toEqual([[{ id: 'whole' }]]);
    again.append([{ id: 'next' }]);
    await again.close();
    expect(parseJournal(readFileSync(path, 'utf8')).entries.map((e) => e.clips)).toEqual([
      [{ id: 'whole' }],
      [{ id: 'next' }],
    ]);
  });

  it('should drop only old held entries when compacting, never those after the saved one', async () => {
    const path = join(tempDir(), 'partnerkit.journal');
    const journal = Journal.open(path);
    const clips = Array.from({ length: 100 }, (_, i) => ({ id: `c${i}` }));
    for (let i = 0; i < 200; i += 1) journal.append(clips);
    journal.retire(150);
    await journal.sync();
    await journal.close();
    const seqs = parseJournal(readFileSync(path, 'utf8')).entries.map((e) => e.seq);
    expect(seqs[0]).toBeGreaterThan(1);
    expect(seqs.at(-1)).toBe(200);
    expect(seqs.filter((s) => s > 150)).toHaveLength(50);
    const reopened = Journal.open(path);
    expect(reopened.lastHeld).toBe(150);
    await reopened.close();
  });
});
