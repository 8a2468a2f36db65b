/**
 * The local workbook's HTTP server on 127.0.0.1: `/exec` runs the bundle's doGet/doPost as
 * Google's web app would (HTTP 200, CORS open, token checked by the add-on), `/` is the page,
 * `/api/state` its data, and `/run/<tool>` runs a menu tool for the page.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UiAnswer } from '../apps-script/emulator/index.ts';
import type { BeforeRename } from './atomic-write.ts';
import type { PairedBrowser, PairedBrowserOptions } from './browser.ts';
import { installToken } from './clipper-token.ts';
import {
  calendarKeyOf,
  comingUpOf,
  feedUrlFromDialogs,
  readSavedCalendarKey,
  saveCalendarKey,
} from './deadlines-view.ts';
import { readSavedDocument } from './documents/export-documents.ts';
import { execEvent } from './exec-event.ts';
import { hasSessionKey, isLoopbackHost, readBody, send, sendJson } from './http-util.ts';
import { LocalWorkbook } from './local-workbook.ts';
import { chartViews, tabViews, toolViews } from './page-state.ts';
import { PARTNER_ROOM_DOWNLOAD, sendPartnerRoom } from './partner-room-file.ts';
import { type CellEdit, parseEdit } from './save/cell-edit.ts';
import { readSavedToken, saveToken } from './token-file.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where `npm run build:apps-script` writes the bundle. */
export const DEFAULT_BUNDLE_PATH = join(here, '../apps-script/dist/Code.js');
// Google accepts large bodies; the add-on itself answers too_large above 1 MB.
const MAX_BODY = 5_000_000;
// One cell of an xlsx holds 32,767 characters; JSON may escape each in six.
const MAX_EDIT_BODY = 250_000;
const EXEC_CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '600',
};
const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self' about:; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
};
const STATIC: Record<string, [file: string, type: string]> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/app.js': ['app.js', 'text/javascript; charset=utf-8'],
  '/dom.js': ['dom.js', 'text/javascript; charset=utf-8'],
  '/grid.js': ['grid.js', 'text/javascript; charset=utf-8'],
  '/charts.js': ['charts.js', 'text/javascript; charset=utf-8'],
  '/style.css': ['style.css', 'text/css; charset=utf-8'],
};

/** Settings of startServer. */
export interface ServerOptions {
  /** Folder of the workbook file (created when missing). */
  dataDir: string;
  /** TCP port; 0 picks a free one. Default 8787. */
  port?: number;
  /** Loopback only. */
  host?: '127.0.0.1';
  /** Clipper token to accept (PARTNERKIT_TOKEN); otherwise connectClipper makes one. */
  token?: string;
  /** The add-on bundle's code; default: read from apps-script/dist/Code.js. */
  bundleCode?: string;
  /** Seed a new workbook with the demo (default true). */
  seed?: boolean;
  /** Open Chromium with the extension, paired (default false; see local/browser.ts). */
  openBrowser?: boolean | PairedBrowserOptions;
  /** Test hook for atomic saves. */
  beforeRename?: BeforeRename;
}

/** A running local workbook server. */
export interface RunningServer {
  /** The page, e.g. http://127.0.0.1:8787/ */
  url: string;
  /** The page with this run's session key (in the fragment, never sent to the server by a browser). */
  pageUrl: string;
  /** The key the page sends with its data and tool requests (X-Partnerkit-Session). */
  sessionKey: string;
  /** The Clipper endpoint, e.g. http://127.0.0.1:8787/exec */
  endpoint: string;
  /** The Clipper token the workbook accepts now. */
  token: string;
  workbook: LocalWorkbook;
  /** The paired Chromium, when openBrowser asked for one. */
  browser?: PairedBrowser;
  /** Stops serving, waits for pending saves, closes the browser if one was opened. */
  close(): Promise<void>;
}

/** Reads the built bundle, failing with the command that makes it. */
export function readBundle(path = DEFAULT_BUNDLE_PATH): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(`The add-on bundle ${path} is missing: run "npm run build:apps-script" first.`);
  }
}

/** Starts the server and the workbook behind it. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error('The local workbook only listens on 127.0.0.1.');
  const bundleCode = options.bundleCode ?? readBundle();
  let handler: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;
  const server = createServer((req, res) => {
    if (!handler) return send(res, 503, 'Starting', 'text/plain; charset=utf-8');
    handler(req, res).catch((error: unknown) => {
      console.error('Partnerkit local: request failed:', error);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain; charset=utf-8');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  const endpoint = `${url}exec`;
  let workbook: LocalWorkbook;
  let token: string;
  try {
    workbook = await LocalWorkbook.open({
      dataDir: options.dataDir,
      bundleCode,
      scriptUrl: endpoint,
      seed: options.seed,
      beforeRename: options.beforeRename,
    });
    token = await pairToken(workbook, options.token, options.dataDir);
    await workbook.recover(token);
  } catch (error) {
    server.close();
    throw error;
  }
  // Only the person who started the server (its output, the paired browser) learns this key:
  // another local user or process can reach the port but cannot read the workbook or run tools.
  const sessionKey = randomBytes(24).toString('base64url');
  const calendar = { key: await savedCalendarKey(workbook, endpoint, options.dataDir) };
  const pageUrl = `${url}#session=${sessionKey}`;
  const pages = Object.fromEntries(
    Object.entries(STATIC).map(([path, [file, type]]) => [
      path,
      [readFileSync(join(here, 'page', file)), type] as const,
    ]),
  );
  handler = (req, res) =>
    route(req, res, { port, dataDir: options.dataDir, endpoint, workbook, pages, sessionKey, calendar });
  let browser: PairedBrowser | undefined;
  if (options.openBrowser) {
    const { openPairedBrowser } = await import('./browser.ts');
    const browserOptions = options.openBrowser === true ? {} : options.openBrowser;
    try {
      browser = await openPairedBrowser({ endpoint, token, pageUrl }, browserOptions);
    } catch (error) {
      server.close();
      await workbook.close();
      throw error;
    }
  }
  return {
    url,
    pageUrl,
    sessionKey,
    endpoint,
    get token() {
      return workbook.lastToken ?? token;
    },
    workbook,
    browser,
    async close() {
      await browser?.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await workbook.close();
    },
  };
}

/**
 * The token the workbook accepts: the given one, else the one saved by the last start (so the
 * paired browser keeps working), each with its hash installed; else a new one from connectClipper.
 */
async function pairToken(
  workbook: LocalWorkbook,
  given: string | undefined,
  dataDir: string,
): Promise<string> {
  const token = given ?? readSavedToken(dataDir);
  if (token) {
    if (!/^[A-Za-z0-9_-]{24,}$/.test(token))
      throw new Error('PARTNERKIT_TOKEN must be at least 24 URL-safe characters (A-Z a-z 0-9 _ -).');
    installToken(workbook.runtime, token);
    await workbook.save();
    workbook.lastToken = token;
    return token;
  }
  const run = await workbook.runTool('connectClipper');
  if (!workbook.lastToken)
    throw new Error(`connectClipper showed no token${run.error ? ` (${run.error})` : ''}.`);
  saveToken(dataDir, workbook.lastToken);
  return workbook.lastToken;
}

interface RouteContext {
  port: number;
  dataDir: string;
  endpoint: string;
  workbook: LocalWorkbook;
  pages: Record<string, readonly [Buffer, string]>;
  sessionKey: string;
  /** The deadlines calendar's key, once Deadlines calendar… made one (kept beside the workbook). */
  calendar: { key: string | undefined };
}

async function route(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> {
  if (!isLoopbackHost(req.headers.host, ctx.port))
    return send(res, 403, 'Forbidden: unexpected Host header', 'text/plain; charset=utf-8');
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${ctx.port}`);
  if (url.pathname === '/exec') return exec(req, res, url, ctx.workbook);
  const page = ctx.pages[url.pathname];
  if (page && req.method === 'GET') return send(res, 200, page[0], page[1], PAGE_HEADERS);
  if (url.pathname === '/favicon.ico') return send(res, 204, '', 'image/x-icon');
  const isData =
    url.pathname === '/api/state' ||
    url.pathname === '/api/edit' ||
    url.pathname.startsWith('/run/') ||
    url.pathname.startsWith('/documents/') ||
    url.pathname === PARTNER_ROOM_DOWNLOAD;
  if (isData && !hasSessionKey(req.headers, ctx.sessionKey, ctx.port))
    return send(
      res,
      403,
      'Forbidden: open the page address printed by npm start',
      'text/plain; charset=utf-8',
    );
  if (url.pathname === '/api/state' && req.method === 'GET') {
    // Show edits made to the file in a spreadsheet program; an unreadable file keeps what was shown.
    await ctx.workbook.refreshFromDisk().catch(() => undefined);
    return sendJson(res, 200, pageState(ctx.workbook, ctx.endpoint, ctx.calendar.key));
  }
  if (url.pathname === '/api/edit' && req.method === 'POST') return editCell(req, res, ctx.workbook);
  if (url.pathname === PARTNER_ROOM_DOWNLOAD && req.method === 'GET')
    return sendPartnerRoom(res, ctx.dataDir);
  const tool = /^\/run\/([A-Za-z][A-Za-z0-9]*)$/.exec(url.pathname)?.[1];
  if (tool && req.method === 'POST') return runTool(req, res, tool, ctx);
  if (url.pathname.startsWith('/documents/') && req.method === 'GET')
    return sendDocument(res, ctx.dataDir, url.pathname.slice('/documents/'.length));
  send(res, 404, 'Not found', 'text/plain; charset=utf-8');
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// A document a tool wrote beside the workbook; route() checked the session key.
function sendDocument(res: ServerResponse, dataDir: string, encodedName: string): void {
  const bytes = readSavedDocument(dataDir, encodedName);
  if (bytes) send(res, 200, bytes, DOCX, { 'Content-Disposition': 'attachment' });
  else send(res, 404, 'Not found', 'text/plain; charset=utf-8');
}

async function exec(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  workbook: LocalWorkbook,
): Promise<void> {
  if (req.method === 'OPTIONS') return send(res, 204, '', 'text/plain', EXEC_CORS);
  if (req.method === 'GET') {
    const answer = await workbook.exec('doGet', execEvent(url));
    return send(res, 200, answer.body, answer.contentType, EXEC_CORS);
  }
  if (req.method !== 'POST') return send(res, 405, 'Method not allowed', 'text/plain', EXEC_CORS);
  const body = await readBody(req, MAX_BODY);
  if (body === undefined) {
    const tooLarge = { ok: false, error: { code: 'too_large', message: 'The request is too large.' } };
    return sendJson(res, 200, tooLarge, EXEC_CORS);
  }
  const type = (req.headers['content-type'] ?? 'text/plain').split(';')[0]?.trim() ?? 'text/plain';
  const answer = await workbook.exec('doPost', execEvent(url, { contents: body, type }));
  send(res, 200, answer.body, answer.contentType, EXEC_CORS);
}

// Only the page runs tools: route() checked its session key.
async function runTool(
  req: IncomingMessage,
  res: ServerResponse,
  tool: string,
  ctx: RouteContext,
): Promise<void> {
  const tools = toolViews(ctx.workbook.runtime, ctx.workbook.functionNames).map((t) => t.name);
  if (!tools.includes(tool)) return sendJson(res, 404, { ok: false, error: `No such tool: ${tool}` });
  const body = (await readBody(req, 100_000)) ?? '';
  const answers = parseAnswers(body);
  const before = ctx.workbook.lastToken;
  const run = await ctx.workbook.runTool(tool, answers);
  if (ctx.workbook.lastToken && ctx.workbook.lastToken !== before) {
    saveToken(ctx.dataDir, ctx.workbook.lastToken);
    console.log(`Partnerkit: new Clipper token: ${ctx.workbook.lastToken}`);
  }
  const calendarKey = calendarKeyOf(feedUrlFromDialogs(run.dialogs) ?? '');
  if (calendarKey) {
    ctx.calendar.key = calendarKey;
    saveCalendarKey(ctx.dataDir, calendarKey);
  }
  sendJson(res, 200, run);
}

// Only the page edits cells: route() checked its session key. A refused edit changed nothing.
async function editCell(req: IncomingMessage, res: ServerResponse, workbook: LocalWorkbook): Promise<void> {
  const body = await readBody(req, MAX_EDIT_BODY);
  let edit: CellEdit | undefined;
  try {
    edit = body === undefined ? undefined : parseEdit(JSON.parse(body));
  } catch {
    edit = undefined;
  }
  if (!edit) return sendJson(res, 400, { ok: false, error: 'The edit is malformed or too large.' });
  const result = await workbook.edit(edit);
  sendJson(res, result.ok ? 200 : 400, result);
}

function parseAnswers(body: string): UiAnswer[] {
  try {
    const data = JSON.parse(body || '{}') as { answers?: unknown };
    if (!Array.isArray(data.answers)) return [];
    return data.answers
      .filter(
        (a): a is { button: unknown; text?: unknown } => typeof a === 'object' && a !== null && 'button' in a,
      )
      .filter((a) => ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'].includes(String(a.button)))
      .map((a) => ({
        button: String(a.button) as UiAnswer['button'],
        ...(typeof a.text === 'string' ? { text: a.text } : {}),
      }));
  } catch {
    return [];
  }
}

/**
 * The calendar key an earlier run made, when the workbook still accepts it, so a desktop calendar
 * subscribed to 127.0.0.1 keeps working after a restart.
 */
async function savedCalendarKey(
  workbook: LocalWorkbook,
  endpoint: string,
  dataDir: string,
): Promise<string | undefined> {
  const key = readSavedCalendarKey(dataDir);
  if (!key) return undefined;
  const answer = await workbook.exec('doGet', execEvent(new URL(`${endpoint}?calendar=${key}`)));
  return answer.contentType.startsWith('text/calendar') ? key : undefined;
}

function pageState(workbook: LocalWorkbook, endpoint: string, calendarKey: string | undefined) {
  const runtime = workbook.runtime;
  return {
    deadlines: {
      feedUrl: calendarKey ? `${endpoint}?calendar=${calendarKey}` : '',
      groups: comingUpOf(runtime),
    },
    name: runtime.spreadsheet.fake.getName(),
    endpoint,
    file: workbook.path,
    tabs: tabViews(runtime, workbook.functionNames),
    charts: chartViews(runtime),
    tools: toolViews(runtime, workbook.functionNames),
  };
}
