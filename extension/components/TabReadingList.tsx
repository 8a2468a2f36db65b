import { useState } from 'preact/hooks';
import { describeReading } from '../tabs/describe-reading.ts';
import type { TabReading } from '../tabs/read-tabs.ts';
import type { TabSaveOutcome } from '../tabs/save-readings.ts';

type ReadTab = Extract<TabReading, { ok: true }>;

export interface TabReadingListProps {
  readings: TabReading[];
  saved: ReadonlyMap<number, TabSaveOutcome>;
  saving: boolean;
  onSave: (chosen: ReadTab[]) => void;
}

/** One line per read tab to check (kind, name, key fields, what is missing) and the per-tab errors. */
export function TabReadingList({ readings, saved, saving, onSave }: TabReadingListProps) {
  const [ticked, setTicked] = useState<ReadonlySet<number>>(
    () => new Set(readings.filter((r) => r.ok).map((r) => r.tab.id)),
  );
  const isSaved = (id: number) => saved.get(id)?.ok === true;
  const chosen = readings.filter((r): r is ReadTab => r.ok && ticked.has(r.tab.id) && !isSaved(r.tab.id));
  const left = readings.filter((r) => r.ok && !isSaved(r.tab.id)).length;
  const toggle = (id: number, on: boolean) =>
    setTicked((old) => new Set(on ? [...old, id] : [...old].filter((t) => t !== id)));
  return (
    <form
      class="directory tab-readings"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(chosen);
      }}
    >
      <ul>
        {readings.map((reading) => (
          <li key={reading.tab.id} class={reading.ok ? 'tab-line' : 'tab-line failed'}>
            {reading.ok ? (
              <ReadingLine
                reading={reading}
                ticked={ticked.has(reading.tab.id)}
                outcome={saved.get(reading.tab.id)}
                onToggle={(on) => toggle(reading.tab.id, on)}
              />
            ) : (
              <p role="alert">
                <strong>{reading.tab.title}</strong>: {reading.message}
              </p>
            )}
          </li>
        ))}
      </ul>
      {left > 0 ? (
        <button type="submit" disabled={saving || chosen.length === 0}>
          {saving ? 'Saving…' : `Save ${chosen.length === 1 ? '1 clip' : `${chosen.length} clips`}`}
        </button>
      ) : (
        <p role="status">Every tab that could be read is saved. You can close this page.</p>
      )}
    </form>
  );
}

interface ReadingLineProps {
  reading: ReadTab;
  ticked: boolean;
  outcome?: TabSaveOutcome;
  onToggle: (on: boolean) => void;
}

function ReadingLine({ reading, ticked, outcome, onToggle }: ReadingLineProps) {
  const line = describeReading(reading);
  return (
    <label title={reading.tab.url}>
      <input
        type="checkbox"
        name="reading"
        checked={ticked}
        disabled={outcome?.ok === true}
        onChange={(event) => onToggle(event.currentTarget.checked)}
      />
      <span class="kind">{line.kind === 'organization' ? 'Organisation' : 'Opportunity'}</span>{' '}
      <span class="item-name">{line.name}</span>
      {line.facts.length > 0 && <span class="hint"> · {line.facts.join(' · ')}</span>}
      {line.missing.length > 0 && <span class="field-hint"> Missing: {line.missing.join(', ')}</span>}
      {outcome?.ok === true && (
        <span class="saved"> Saved: it goes to your sheet when the sheet answers.</span>
      )}
      {outcome?.ok === false && (
        <span class="field-hint" role="alert">
          {' '}
          Not saved: {outcome.message}
        </span>
      )}
    </label>
  );
}
