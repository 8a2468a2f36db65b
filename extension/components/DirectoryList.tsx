import type { DirectoryItem } from '../../shared/extract/types.ts';
import { looksLikeFormula } from '../clip/looks-like-formula.ts';
import type { SheetMatch } from '../sync/sheet-lookup.ts';

export interface DirectoryListProps {
  items: DirectoryItem[];
  checked: ReadonlySet<number>;
  matches: SheetMatch[];
  onToggle: (index: number, checked: boolean) => void;
}

/** The entries of a directory page, each with a checkbox, to clip several at once. */
export function DirectoryList({ items, checked, matches, onToggle }: DirectoryListProps) {
  // A possible duplicate (same site, another name) is not this entry: saving it adds its own row.
  const inSheet = new Map(matches.filter((m) => !m.possibleDuplicate).map((m) => [m.index, m]));
  return (
    <fieldset class="directory">
      <legend>
        {items.length} listed on this page
        <span class="count"> · {checked.size} selected</span>
      </legend>
      <ul>
        {items.map((item, index) => {
          const match = inSheet.get(index);
          return (
            <li key={`${index}-${item.name}`}>
              <label title={item.name}>
                <input
                  type="checkbox"
                  name="directory-item"
                  checked={checked.has(index)}
                  onChange={(event) => onToggle(index, event.currentTarget.checked)}
                />
                <span class="item-name">{item.name}</span>
                {looksLikeFormula(item.name) && (
                  <span class="field-hint entry-hint">
                    Looks like a formula — it will be saved as plain text.
                  </span>
                )}
                {match && (
                  <span
                    class="in-sheet-tag"
                    title={`${match.tab} row ${match.row}${match.reason ? ` (${match.reason})` : ''}`}
                  >
                    {' '}
                    in your sheet
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
