import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DirectoryItem } from '../../shared/extract/types.ts';
import { PENDING_SELECTION_KEY, type PendingSelection } from '../background/context-menu.ts';
import type { SelectionCapture } from '../capture/capture-result.ts';
import { captureTab } from '../capture/capture-tab.ts';
import { captureToDraft } from '../clip/capture-to-draft.ts';
import { type Draft, emptyDraft } from '../clip/draft.ts';
import { findSettings, type Settings } from '../storage/settings.ts';
import { findTargetTab } from './find-target-tab.ts';

export interface PageDraft {
  loading: boolean;
  tabId?: number;
  problem?: string;
  settings?: Settings;
  items: DirectoryItem[];
  selection: SelectionCapture | null;
}

/** Captures the target tab once and turns it into the form; `setDraft` takes the person's edits. */
export function usePageDraft() {
  const [page, setPage] = useState<PageDraft>({ loading: true, items: [], selection: null });
  const [draft, setDraft] = useState<Draft>(emptyDraft(''));
  useEffect(() => {
    void loadPage().then(({ page, draft }) => {
      setPage(page);
      setDraft(draft);
    });
  }, []);
  return { page, draft, setDraft };
}

async function loadPage(): Promise<{ page: PageDraft; draft: Draft }> {
  const [tab, settings] = await Promise.all([findTargetTab(), findSettings()]);
  const tags = settings?.defaultTags ?? [];
  if (!tab) return { page: fail('No tab to clip.', settings), draft: emptyDraft('', tags) };
  const [result, pending] = await Promise.all([captureTab(tab.id), takePendingSelection(tab.id)]);
  const draft = result.ok ? captureToDraft(result.capture, tags) : emptyDraft(tab.url, tags);
  // A page the Clipper cannot read (a PDF, a store page) still keeps the selection the menu saw.
  const selected = (result.ok ? result.selection?.text : undefined) || pending;
  if (selected) draft.notes = { value: selected, source: 'selection' };
  if (!result.ok) return { page: { ...fail(result.message, settings), tabId: tab.id }, draft };
  const page = {
    loading: false,
    tabId: tab.id,
    settings,
    items: result.capture.items,
    selection: result.selection,
  };
  return { page, draft };
}

// The context menu leaves the selection for the popup; it is used once, for its own tab.
async function takePendingSelection(tabId: number): Promise<string | undefined> {
  const stored = (await browser.storage.session.get(PENDING_SELECTION_KEY))[PENDING_SELECTION_KEY] as
    | PendingSelection
    | undefined;
  if (!stored) return undefined;
  await browser.storage.session.remove(PENDING_SELECTION_KEY);
  return stored.tabId === tabId ? stored.text : undefined;
}

function fail(problem: string, settings: Settings | undefined): PageDraft {
  return { loading: false, problem, settings, items: [], selection: null };
}
