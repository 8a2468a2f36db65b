import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../local/server.ts';
import { fetchState, runTool, start, tempDir } from './local-harness.ts';

interface PageDeadlines {
  feedUrl: string;
  groups: { label: string; items: { uid: string; date: string; title: string; days: number }[] }[];
}

async function pageDeadlines(server: RunningServer): Promise<PageDeadlines> {
  const state = (await (await fetchState(server)).json()) as { deadlines: PageDeadlines };
  return state.deadlines;
}

function eventsOf(text: string): { uid: string; date: string; title: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    date: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
    title: String(event.getFirstPropertyValue('summary')),
  }));
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('local deadlines', () => {
  it('should serve the calendar at /exec?calendar=KEY and list the same deadlines under Coming up', async () => {
    const dir = tempDir();
    const server = await start(dir, { seed: true });
    servers.push(server);
    expect((await pageDeadlines(server)).feedUrl).toBe('');
    const run = await runTool(server, 'subscribeToDeadlines');
    expect(run.json.ok).toBe(true);
    const page = await pageDeadlines(server);
    expect(page.feedUrl).toMatch(new RegExp(`^${server.endpoint}\\?calendar=[A-Za-z0-9_-]{24,}$`));

    const res = await fetch(page.feedUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const events = eventsOf(await res.text());
    expect(events.length).toBeGreaterThan(0);

    const listed = page.groups.flatMap((group) => group.items);
    expect(listed.length).toBeGreaterThan(0);
    expect(page.groups[0]?.label).toBe('Overdue');
    // The workbook's time zone is this process's (the local workbook's default).
    const today = localDay(new Date());
    const in30 = localDay(new Date(Date.now() + 30 * 86_400_000));
    const soon = events.filter((event) => event.date <= in30).sort((a, b) => a.uid.localeCompare(b.uid));
    expect(
      listed.map(({ uid, date, title }) => ({ uid, date, title })).sort((a, b) => a.uid.localeCompare(b.uid)),
    ).toEqual(soon);
    expect(listed.filter((item) => item.date < today).every((item) => item.days < 0)).toBe(true);
  });

  it('should keep the feed address working after a restart, and refuse a wrong key', async () => {
    const dir = tempDir();
    const first = await start(dir, { seed: true });
    await runTool(first, 'subscribeToDeadlines');
    const { feedUrl } = await pageDeadlines(first);
    const key = /calendar=([^&]+)/.exec(feedUrl)?.[1];
    await first.close();

    const second = await start(dir);
    servers.push(second);
    const again = await pageDeadlines(second);
    expect(again.feedUrl).toBe(`${second.endpoint}?calendar=${key}`);
    expect((await fetch(again.feedUrl)).headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const wrong = await fetch(`${second.endpoint}?calendar=not-the-key-not-the-key-0000`);
    expect(wrong.headers.get('content-type')).not.toContain('text/calendar');
    expect(await wrong.text()).not.toContain('BEGIN:VCALENDAR');
  });
});
