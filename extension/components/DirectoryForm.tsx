import { useState } from 'preact/hooks';
import type { DirectoryItem } from '../../shared/extract/types.ts';
import type { SheetMatch } from '../sync/sheet-lookup.ts';
import { DirectoryList } from './DirectoryList.tsx';

export interface DirectoryFormProps {
  items: DirectoryItem[];
  matches: SheetMatch[];
  busy: boolean;
  onSave: (items: DirectoryItem[]) => void;
}

/** A directory page's entries to tick, and the button that clips the ticked ones at once. */
export function DirectoryForm({ items, matches, busy, onSave }: DirectoryFormProps) {
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  return (
    <form
      class="directory-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(items.filter((_, i) => checked.has(i)));
      }}
    >
      <DirectoryList
        items={items}
        checked={checked}
        matches={matches}
        onToggle={(index, on) =>
          setChecked((set) => new Set([...set].filter((i) => i !== index).concat(on ? [index] : [])))
        }
      />
      <div class="save-row">
        <button type="submit" disabled={checked.size === 0 || busy}>
          {checked.size === 0
            ? 'Clip selected entries'
            : `Clip ${checked.size} selected ${checked.size === 1 ? 'entry' : 'entries'}`}
        </button>
        {checked.size === 0 && <p class="save-problem">Tick the entries to add to your sheet.</p>}
      </div>
    </form>
  );
}
