import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type Draft, editField, type Section } from '../clip/draft.ts';
import { sendMessage } from '../messaging/messages.ts';
import { downloadCsv } from '../popup/download-csv.ts';
import { hasSidePanel, openSidePanel } from '../popup/open-side-panel.ts';
import { type SaveOutcome, saveDraft, saveEntries } from '../popup/save-clips.ts';
import { useLookup } from '../popup/use-lookup.ts';
import { usePageDraft } from '../popup/use-page-draft.ts';
import { useStoredClips } from '../popup/use-stored-clips.ts';
import { DirectoryForm } from './DirectoryForm.tsx';
import { KindSwitch } from './KindSwitch.tsx';
import { LookupNotice } from './LookupNotice.tsx';
import { OpportunityFields } from './OpportunityFields.tsx';
import { OrganizationFields } from './OrganizationFields.tsx';
import { RecentClips } from './RecentClips.tsx';
import { SelectionOffers } from './SelectionOffers.tsx';
import { SyncBanner } from './SyncBanner.tsx';

const FIRST_FIELD = '.directory input, .clip-form input:not([type=radio])';

/** The Clipper: the page's form, its directory entries, and the recent clips. */
export function PopupApp() {
  const { page, draft, setDraft } = usePageDraft();
  const { clips, status } = useStoredClips();
  const [outcome, setOutcome] = useState<SaveOutcome & { busy?: boolean }>();
  const connected = page.settings !== undefined;
  const ready = !page.loading && connected && !status.needsReconnect;
  const formLookup = useLookup([organisationQuery(draft)], ready);
  const itemLookup = useLookup(
    page.items.map((item) => ({ name: item.name, website: item.url ?? undefined })),
    ready && page.items.length > 0,
  );
  const match = formLookup.matches[0];
  const edit =
    <S extends Section>(section: S) =>
    (key: keyof Draft[S] & string, value: string | string[]) =>
      setDraft((d) => editField(d, section, key, value));
  const save = async (run: () => Promise<SaveOutcome>) => {
    setOutcome({ ok: true, count: 0, busy: true });
    setOutcome(await run());
  };
  const selection = page.selection;
  // Keyboard first: once the page is read the first field has focus, so Enter saves at once.
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    if (page.loading) return;
    main.current?.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
  }, [page.loading]);

  return (
    <main class="clipper" ref={main}>
      <SyncBanner
        connected={connected}
        status={status}
        waiting={clips.filter((c) => c.state === 'waiting').length}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        onRetryNow={() => void sendMessage('syncNow', {})}
      />
      {page.tabId !== undefined && hasSidePanel() && !location.pathname.startsWith('/sidepanel') && (
        <button type="button" class="side-panel" onClick={() => openSidePanel(page.tabId ?? 0)}>
          Open in side panel
        </button>
      )}
      {page.loading && <p role="status">Reading the page…</p>}
      {page.problem && (
        <p class="problem" role="alert">
          {page.problem}
        </p>
      )}
      {page.items.length > 0 && (
        <DirectoryForm
          items={page.items}
          matches={itemLookup.matches}
          busy={outcome?.busy === true}
          onSave={(entries) => void save(() => saveEntries(entries, draft))}
        />
      )}
      <form
        class="clip-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save(() => saveDraft(draft));
        }}
      >
        <KindSwitch kind={draft.kind} onChange={(kind) => setDraft((d) => ({ ...d, kind }))} />
        {draft.kind === 'organization' ? (
          <OrganizationFields organization={draft.organization} onChange={edit('organization')} />
        ) : (
          <OpportunityFields opportunity={draft.opportunity} onChange={edit('opportunity')} />
        )}
        {selection && (
          <SelectionOffers
            selection={selection}
            onUseEmail={(email) =>
              setDraft((d) =>
                editField(d, 'organization', 'emails', [...d.organization.emails.value, email], 'selection'),
              )
            }
            onUseAmount={() => setDraft((d) => withSelectionAmount(d, selection))}
            onUseDeadline={() =>
              setDraft((d) => editField(d, 'opportunity', 'deadline', selection.deadline ?? '', 'selection'))
            }
          />
        )}
        <div class="field">
          <label for="clip-notes">Notes</label>
          <textarea
            id="clip-notes"
            rows={3}
            value={draft.notes.value}
            onInput={(e) =>
              setDraft((d) => ({ ...d, notes: { value: e.currentTarget.value, source: 'edited' } }))
            }
          />
        </div>
        <LookupNotice state={formLookup.state} match={match} />
        <button type="submit" class="primary" disabled={page.loading || outcome?.busy}>
          {match ? 'Update the row in your sheet' : 'Save to sheet'}
        </button>
        {outcome && !outcome.busy && (
          <p class={outcome.ok ? 'saved' : 'problem'} role={outcome.ok ? 'status' : 'alert'}>
            {outcome.ok
              ? `Saved ${outcome.count} clip(s): kept here until your sheet confirms.`
              : outcome.message}
          </p>
        )}
      </form>
      <RecentClips
        clips={clips}
        onRetry={(id) => void sendMessage('retryClip', { id })}
        onExport={() => void downloadCsv(clips)}
      />
    </main>
  );
}

function organisationQuery(draft: Draft) {
  const name =
    draft.kind === 'opportunity' ? draft.opportunity.funderName.value : draft.organization.name.value;
  const website = draft.organization.website.value;
  return { name: name.trim() || undefined, website: website.trim() || undefined };
}

function withSelectionAmount(
  draft: Draft,
  selection: NonNullable<ReturnType<typeof usePageDraft>['page']['selection']>,
) {
  let next = draft;
  if (selection.amountMin !== null)
    next = editField(next, 'opportunity', 'amountMin', String(selection.amountMin), 'selection');
  if (selection.amountMax !== null)
    next = editField(next, 'opportunity', 'amountMax', String(selection.amountMax), 'selection');
  if (selection.currency) next = editField(next, 'opportunity', 'currency', selection.currency, 'selection');
  return next;
}
