/** Test helper: a local workbook server on a free port in a temp folder, and a Clipper client. */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  DEFAULT_BUNDLE_PATH,
  type RunningServer,
  type ServerOptions,
  startServer,
} from '../../local/server.ts';
import { XLSX_READ_OPTIONS } from '../../local/xlsx-read.ts';

/** A fixed, valid Clipper token so restarts keep the pairing. */
export const TOKEN = 'test-token-0123456789abcdefABCDEF';

let bundle: string | undefined;

/** The built bundle; a missing one fails the test with the command that builds it. */
export function builtBundle(): string {
  if (!existsSync(DEFAULT_BUNDLE_PATH))
    throw new Error(
      `${DEFAULT_BUNDLE_PATH} is missing: run "npm run build:apps-script" (npm test builds it first).`,
    );
  bundle ??= readFileSync(DEFAULT_BUNDLE_PATH, 'utf8');
  return bundle;
}

/** A new empty temp folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'partnerkit-local-'));
}

/** Starts a server on a free port (demo seeding off unless asked). */
export function start(dataDir: string, options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  return startServer({ port: 0, dataDir, token: TOKEN, seed: false, bundleCode: builtBundle(), ...options });
}

/**
 * An organisation clip. Its website carries the whole id: with 8 characters, two of 17,000 crash
 * clips sometimes shared a host and similar names, so saving rightly made one row of them.
 */
export function orgClip(name: string, extra: Record<string, unknown> = {}, id = randomUUID()) {
  return {
    id,
    kind: 'organization',
    capturedAt: '2025-02-01T10:00:00.000Z',
    sourceUrl: 'https://example.org/page',
    organization: { name, type: 'ngo', website: `https://${id}.example.org`, ...extra },
  };
}

/** Posts a body to /exec as the Clipper does (text/plain JSON); returns status and parsed answer. */
export async function post(
  server: RunningServer,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(server.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain;charset=utf-8' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** Posts clips with the test token. */
export function postClips(server: RunningServer, clips: unknown[], token = TOKEN) {
  return post(server, { v: 1, token, clips });
}

/** Runs a menu tool the way the page does. */
export async function runTool(server: RunningServer, name: string, answers: unknown[] = []) {
  const res = await fetch(`${server.url}run/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Partnerkit-Session': server.sessionKey },
    body: JSON.stringify({ answers }),
  });
  return {
    status: res.status,
    json: (await res.json()) as { ok: boolean; error?: string; toasts: { message: string }[] },
  };
}

/** Waits until the xlsx holds every change made so far (clips are acknowledged earlier, once journaled). */
export function flushed(server: RunningServer): Promise<void> {
  return server.workbook.save();
}

/** The page's data, fetched as the page does (with its session key). */
export async function fetchState(server: RunningServer): Promise<Response> {
  return fetch(`${server.url}api/state`, { headers: { 'X-Partnerkit-Session': server.sessionKey } });
}

/** The xlsx file read back with exceljs. */
export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path, XLSX_READ_OPTIONS);
  return wb;
}

/** A tab's rows as objects keyed by header, with each cell's exceljs type. */
export function rowsOf(
  wb: ExcelJS.Workbook,
  tab: string,
): { values: Record<string, unknown>; types: Record<string, number> }[] {
  const ws = wb.getWorksheet(tab);
  if (!ws) throw new Error(`No ${tab} tab in the xlsx`);
  const header = (ws.getRow(1).values as unknown[]).map((h) => String(h ?? ''));
  const rows: { values: Record<string, unknown>; types: Record<string, number> }[] = [];
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const values: Record<string, unknown> = {};
    const types: Record<string, number> = {};
    row.eachCell((cell, c) => {
      const key = header[c] ?? String(c);
      values[key] = cell.value;
      types[key] = cell.type;
    });
    rows.push({ values, types });
  });
  return rows;
}
