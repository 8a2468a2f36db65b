/** Test helper: kill -9 a server process at a random moment while clips are posted, then check. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { RunningServer } from '../../local/server.ts';
import { orgClip, readXlsx, rowsOf, start, TOKEN } from './local-harness.ts';

const SERVE = join(import.meta.dirname, 'fixtures/serve.ts');

/** A server process and its endpoint. */
export interface ServerProcess {
  endpoint: string;
  /** The page's session key (for the page's routes). */
  sessionKey: string;
  kill(): Promise<void>;
}

/** Starts the fixture server on `dataDir` in a child process. */
export function spawnServer(dataDir: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE, dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /ready (\S+) (\S+)\n/.exec(out);
      const endpoint = ready?.[1];
      if (endpoint)
        resolve({
          endpoint,
          sessionKey: ready?.[2] ?? '',
          kill: async () => {
            child.kill('SIGKILL');
            await exited;
          },
        });
    });
    child.once('exit', (code) => reject(new Error(`the server process exited early (${code})`)));
  });
}

/** One post's clips and whether the server acknowledged them. */
export interface Sent {
  clips: ReturnType<typeof orgClip>[];
  acknowledged: boolean;
}

/** Posts `posts` batches of `size` clips one after another until one fails (the kill). */
export async function postUntilKilled(endpoint: string, posts: number, size: number, round: number) {
  const sent: Sent[] = [];
  for (let p = 0; p < posts; p += 1) {
    const clips = Array.from({ length: size }, (_, i) => orgClip(`Crash ${round}-${p}-${i}`));
    const item: Sent = { clips, acknowledged: false };
    sent.push(item);
    try {
      const res = await fetch(endpoint, {
        method: 'POST',
        body: JSON.stringify({ v: 1, token: TOKEN, clips }),
      });
      const json = (await res.json()) as { ok?: boolean };
      item.acknowledged = json.ok === true;
    } catch {
      break;
    }
  }
  return sent;
}

/** Retries unacknowledged posts as the Clipper does; throws if one is still refused. */
export async function retry(endpoint: string, sent: readonly Sent[]): Promise<void> {
  for (const item of sent.filter((s) => !s.acknowledged)) {
    const res = await fetch(endpoint, {
      method: 'POST',
      body: JSON.stringify({ v: 1, token: TOKEN, clips: item.clips }),
    });
    const json = (await res.json()) as { ok?: boolean };
    if (json.ok !== true) throw new Error(`retry refused: ${JSON.stringify(json)}`);
    item.acknowledged = true;
  }
}

/** What one crash round found. */
export interface CrashRound {
  /** Clips acknowledged before the kill. */
  acknowledged: number;
  /** Acknowledged clips missing after the restart. */
  lost: number;
  /** Clips on more than one row after the client's retries. */
  duplicated: number;
  /** Milliseconds after the first post when the process was killed. */
  killedAt: number;
}

/**
 * Starts a server process on `dataDir`, posts batches, kills it with SIGKILL at a random moment
 * within `killWithinMs`, restarts (in this process, which must read the file), retries what was
 * not acknowledged, and counts acknowledged clips lost and clips duplicated.
 */
export async function crashRound(
  dataDir: string,
  round: number,
  options: { posts: number; size: number; killWithinMs: number },
): Promise<CrashRound> {
  const server = await spawnServer(dataDir);
  const posting = postUntilKilled(server.endpoint, options.posts, options.size, round);
  const killedAt = Math.round(Math.random() * options.killWithinMs);
  await new Promise((resolve) => setTimeout(resolve, killedAt));
  await server.kill();
  const sent = await posting;
  const acknowledgedIds = sent.filter((s) => s.acknowledged).flatMap((s) => s.clips.map((c) => c.id));
  const again = await start(dataDir);
  try {
    const present = idCounts(again);
    const lost = acknowledgedIds.filter((id) => !present.has(id)).length;
    await retry(again.endpoint, sent);
    await again.workbook.save();
    const after = idCounts(again);
    const onDisk = await idsInFile(again.workbook.path);
    const duplicated =
      [...after.values()].filter((n) => n > 1).length + [...onDisk.values()].filter((n) => n > 1).length;
    const missingOnDisk = sent.flatMap((s) => s.clips).filter((c) => !onDisk.has(c.id)).length;
    return { acknowledged: acknowledgedIds.length, lost: lost + missingOnDisk, duplicated, killedAt };
  } finally {
    await again.close();
  }
}

function idCounts(server: RunningServer): Map<string, number> {
  const values = server.workbook.runtime.spreadsheet.values('Stakeholders') ?? [];
  const column = (values[0] ?? []).findIndex((h) => String(h).trim() === 'ID');
  const counts = new Map<string, number>();
  for (const row of values.slice(1)) {
    const id = String(row[column] ?? '');
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

async function idsInFile(path: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const row of rowsOf(await readXlsx(path), 'Stakeholders')) {
    const id = String(row.values.ID ?? '');
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
