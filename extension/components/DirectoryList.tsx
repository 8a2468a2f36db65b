import type { DirectoryItem } from '../../shared/extract/types.ts';
import type { LookupMatch } from '../../shared/protocol.ts';

export interface DirectoryListProps {
  items: DirectoryItem[];
  checked: ReadonlySet<number>;
  matches: LookupMatch[];
  onToggle: (index: number, checked: boolean) => void;
}

/** The entries of a directory page, each with a checkbox, to clip several at once. */
export function DirectoryList({ items, checked, matches, onToggle }: DirectoryListProps) {
  const inSheet = new Map(matches.map((m) => [m.index, m]));
  return (
    <fieldset class="directory">
      <legend>
        Entries on this page ({checked.size} of {items.length} selected)
      </legend>
      <ul>
        {items.map((item, index) => {
          const match = inSheet.get(index);
          return (
            <li key={`${index}-${item.name}`}>
              <label>
                <input
                  type="checkbox"
                  name="directory-item"
                  checked={checked.has(index)}
                  onChange={(event) => onToggle(index, event.currentTarget.checked)}
                />
                <span class="item-name">{item.name}</span>
                {match && (
                  <span class="in-sheet">
                    {' '}
                    already in your sheet ({match.tab} row {match.row})
                  </span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
