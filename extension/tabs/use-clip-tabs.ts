/**
 * "Clip tabs…" as steps: ask for `tabs` and list the window's pages; the person ticks some; ask
 * for those origins and read them (progress, one line per tab); give the access back; save the
 * ticked ones through the queue. Each `request` is the first call inside its click, as browsers
 * require for a permission prompt (Firefox refuses one made after an await).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '../../shared/model.ts';
import type { CaptureResult } from '../capture/capture-result.ts';
import type { Reply } from '../messaging/messages.ts';
import { readTabs, type TabReading } from './read-tabs.ts';
import { saveReadings, type TabSaveOutcome } from './save-readings.ts';
import { type Access, accessToGiveBack, giveBack, originsOf, type PermissionsApi } from './tab-access.ts';
import { type BrowserTab, findWebTabs, type WebTab } from './web-tabs.ts';

/** The browser, as this feature uses it. */
export interface ClipTabsAdapter {
  permissions: PermissionsApi;
  listTabs(): Promise<BrowserTab[]>;
  capture(tabId: number): Promise<CaptureResult>;
  saveClips(clips: Clip[]): Promise<Reply<number>>;
  defaultTags(): Promise<string[]>;
}

export type ClipTabsStep =
  | { name: 'start' }
  | { name: 'pick'; tabs: WebTab[] }
  | { name: 'reading'; done: number; total: number }
  | { name: 'review'; readings: TabReading[]; saved: Map<number, TabSaveOutcome>; saving: boolean };

const NEW_CLIP = () => ({ id: crypto.randomUUID(), capturedAt: new Date().toISOString() });

/** The flow's state and the actions the page's buttons call. */
export function useClipTabs(adapter: ClipTabsAdapter) {
  const [step, setStep] = useState<ClipTabsStep>({ name: 'start' });
  const [problem, setProblem] = useState<string>();
  const held = useRef<Partial<Access>>({});
  const granted = useRef<Access>({ permissions: [], origins: [] });

  const giveAllBack = async () => {
    const access = granted.current;
    granted.current = { permissions: [], origins: [] };
    await giveBack(adapter.permissions, access);
  };
  const list = async () => setStep({ name: 'pick', tabs: findWebTabs(await adapter.listTabs()) });

  useEffect(() => {
    void adapter.permissions.getAll().then((all) => {
      held.current = all;
      if (all.permissions?.includes('tabs')) void list();
    });
    const leave = () => void giveAllBack();
    addEventListener('pagehide', leave);
    return () => removeEventListener('pagehide', leave);
  }, []);

  const ask = (wanted: Access, then: () => Promise<void>, refused: string) => {
    setProblem(undefined);
    void adapter.permissions.request(wanted).then(
      async (yes) => {
        if (!yes) {
          setProblem(refused);
          return giveAllBack();
        }
        const fresh = accessToGiveBack(wanted, held.current);
        granted.current.permissions.push(...fresh.permissions);
        granted.current.origins.push(...fresh.origins);
        await then();
      },
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  };

  const showTabs = () =>
    ask(
      { permissions: ['tabs'], origins: [] },
      list,
      'Without access to your tabs the Clipper cannot list them.',
    );

  const read = (chosen: WebTab[]) =>
    ask(
      { permissions: [], origins: originsOf(chosen.map((t) => t.url)) },
      async () => {
        const readings = await readTabs(chosen, {
          capture: adapter.capture,
          stamp: NEW_CLIP,
          defaultTags: await adapter.defaultTags(),
          onProgress: (done, total) => setStep({ name: 'reading', done, total }),
        });
        // Reading is over: the tabs and their sites are given back before anything is saved.
        await giveAllBack();
        setStep({ name: 'review', readings, saved: new Map(), saving: false });
      },
      'The Clipper can read only the tabs whose sites you allow.',
    );

  const save = async (chosen: Extract<TabReading, { ok: true }>[]) => {
    if (step.name !== 'review') return;
    setStep({ ...step, saving: true });
    const outcomes = await saveReadings(chosen, adapter.saveClips);
    const saved = new Map(step.saved);
    for (const outcome of outcomes) saved.set(outcome.tabId, outcome);
    setStep({ ...step, saved, saving: false });
  };

  return { step, problem, showTabs, read, save };
}
