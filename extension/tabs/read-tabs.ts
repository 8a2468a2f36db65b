/**
 * Reads each ticked tab with the single clip's own extraction and makes its form, one tab after
 * the other; a tab that cannot be read gets its own message and the others go on.
 */
import type { CaptureResult } from '../capture/capture-result.ts';
import { captureToDraft } from '../clip/capture-to-draft.ts';
import type { Draft } from '../clip/draft.ts';
import type { ClipStamp } from '../clip/draft-to-clip.ts';
import type { WebTab } from './web-tabs.ts';

/** One tab's outcome: its form and the clip id it will keep on every retry, or why it failed. */
export type TabReading =
  | { tab: WebTab; ok: true; draft: Draft; directory: number; stamp: ClipStamp }
  | { tab: WebTab; ok: false; message: string };

export interface ReadTabsDeps {
  capture(tabId: number): Promise<CaptureResult>;
  stamp(): ClipStamp;
  defaultTags: string[];
  /** Called before each tab is read (0-based) and once at the end with `done === total`. */
  onProgress?(done: number, total: number): void;
}

/** Reads the tabs in order; never throws. */
export async function readTabs(tabs: readonly WebTab[], deps: ReadTabsDeps): Promise<TabReading[]> {
  const readings: TabReading[] = [];
  for (const [index, tab] of tabs.entries()) {
    deps.onProgress?.(index, tabs.length);
    readings.push(await readTab(tab, deps));
  }
  deps.onProgress?.(tabs.length, tabs.length);
  return readings;
}

async function readTab(tab: WebTab, deps: ReadTabsDeps): Promise<TabReading> {
  try {
    const result = await deps.capture(tab.id);
    if (!result.ok) return { tab, ok: false, message: result.message };
    return {
      tab,
      ok: true,
      draft: captureToDraft(result.capture, deps.defaultTags),
      directory: result.capture.kind.value === 'directory' ? result.capture.items.length : 0,
      stamp: deps.stamp(),
    };
  } catch (error) {
    return { tab, ok: false, message: `Could not read this tab (${describe(error)}).` };
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
