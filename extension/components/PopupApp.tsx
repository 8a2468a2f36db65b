import { useEffect, useRef, useState } from 'preact/hooks';
import { entryQueries, formQueries } from '../clip/lookup-queries.ts';
import { readMatches } from '../clip/read-matches.ts';
import { findSaveProblem } from '../clip/save-problem.ts';
import { sendMessage } from '../messaging/messages.ts';
import { downloadCsv } from '../popup/download-csv.ts';
import { openClipTabs } from '../popup/open-clip-tabs.ts';
import { hasSidePanel, openSidePanel } from '../popup/open-side-panel.ts';
import { type SaveOutcome, saveDraft, saveEntries } from '../popup/save-clips.ts';
import { useLookup } from '../popup/use-lookup.ts';
import { usePageDraft } from '../popup/use-page-draft.ts';
import { useStoredClips } from '../popup/use-stored-clips.ts';
import { ClipForm } from './ClipForm.tsx';
import { DirectoryForm } from './DirectoryForm.tsx';
import { LoadingState } from './LoadingState.tsx';
import { PopupHeader } from './PopupHeader.tsx';
import { RecentClips } from './RecentClips.tsx';
import { SyncBanner } from './SyncBanner.tsx';
import { UnreadablePage } from './UnreadablePage.tsx';

const FIRST_FIELD = '.directory input, .clip-form input:not([type=radio])';
const inSidePanel = () => location.pathname.startsWith('/sidepanel');

/** The Clipper: the page's form, its directory entries, and the recent clips. */
export function PopupApp() {
  const { page, draft, setDraft } = usePageDraft();
  const { clips, status } = useStoredClips();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const [byHand, setByHand] = useState(false);
  const connected = page.settings !== undefined;
  const ready = !page.loading && connected && !status.needsReconnect;
  const formLookup = useLookup(formQueries(draft), ready);
  const itemLookup = useLookup(entryQueries(page.items, draft.sourceUrl), ready && page.items.length > 0);
  const save = async (run: () => Promise<SaveOutcome>) => {
    setBusy(true);
    setOutcome(await run());
    setBusy(false);
  };
  // A page that could not be read still shows the form when the menu brought a selection along.
  const unreadable = page.problem !== undefined && !byHand && !draft.notes.source;
  // Keyboard first: once the page is read the first field has focus, so Enter saves at once.
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    if (page.loading) return;
    main.current?.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
  }, [page.loading, unreadable]);

  const tabId = page.tabId;
  return (
    <main class="clipper" ref={main} aria-busy={page.loading}>
      <PopupHeader
        connected={page.loading ? undefined : connected}
        onOpenSidePanel={
          tabId !== undefined && hasSidePanel() && !inSidePanel() ? () => openSidePanel(tabId) : undefined
        }
      />
      {!page.loading && (
        <SyncBanner
          connected={connected}
          status={status}
          waiting={clips.filter((c) => c.state === 'waiting').length}
          onRetryNow={() => void sendMessage('syncNow', {})}
        />
      )}
      {page.loading && <LoadingState />}
      {unreadable && (
        <UnreadablePage
          problem={page.problem ?? ''}
          onFillByHand={/^https?:\/\//i.test(draft.sourceUrl) ? () => setByHand(true) : undefined}
        />
      )}
      {page.problem && !unreadable && (
        <p class="banner warn" role="alert">
          {page.problem}
        </p>
      )}
      {page.items.length > 0 && (
        <DirectoryForm
          items={page.items}
          matches={itemLookup.matches}
          busy={busy}
          onSave={(entries) => void save(() => saveEntries(entries, draft, page.items))}
        />
      )}
      {!page.loading && !unreadable && (
        <ClipForm
          draft={draft}
          setDraft={setDraft}
          selection={page.selection}
          onSave={() => void save(() => saveDraft(draft))}
          title={page.items.length > 0 ? 'Or clip who runs this page' : undefined}
          saveBar={{
            kind: draft.kind,
            lookup: formLookup.state,
            matches: readMatches(draft.kind, formLookup.matches),
            problem: findSaveProblem(draft),
            busy,
            outcome,
            connected,
          }}
        />
      )}
      {!page.loading && (
        <p class="clip-tabs-link">
          <button type="button" class="ghost" onClick={() => void openClipTabs()}>
            Clip tabs…
          </button>{' '}
          <span class="hint">several open pages at once</span>
        </p>
      )}
      <RecentClips
        clips={clips}
        onRetry={(id) => void sendMessage('retryClip', { id })}
        onExport={() => void downloadCsv(clips)}
      />
    </main>
  );
}
