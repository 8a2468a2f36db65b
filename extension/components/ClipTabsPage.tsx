import { type ClipTabsAdapter, useClipTabs } from '../tabs/use-clip-tabs.ts';
import { TabPicker } from './TabPicker.tsx';
import { TabReadingList } from './TabReadingList.tsx';

export interface ClipTabsPageProps {
  adapter: ClipTabsAdapter;
}

/** "Clip tabs…": several open pages clipped at once, each checked on its own line. */
export function ClipTabsPage({ adapter }: ClipTabsPageProps) {
  const { step, problem, showTabs, read, save } = useClipTabs(adapter);
  return (
    <main class="options clip-tabs">
      <h1>Clip tabs</h1>
      {problem && (
        <p class="banner warn" role="alert">
          {problem}
        </p>
      )}
      {step.name === 'start' && (
        <>
          <p class="lead">
            Clip several open pages at once. The Clipper first asks to see this window's tabs; it gives that
            access back when the tabs are read.
          </p>
          <button type="button" onClick={showTabs}>
            Show this window's tabs
          </button>
        </>
      )}
      {step.name === 'pick' && <TabPicker tabs={step.tabs} onRead={read} />}
      {step.name === 'reading' && (
        <p role="status">
          <progress max={step.total} value={step.done} /> Reading {Math.min(step.done + 1, step.total)} of{' '}
          {step.total}…
        </p>
      )}
      {step.name === 'review' && (
        <TabReadingList readings={step.readings} saved={step.saved} saving={step.saving} onSave={save} />
      )}
    </main>
  );
}
