import { useState } from 'preact/hooks';
import type { WebTab } from '../tabs/web-tabs.ts';

export interface TabPickerProps {
  tabs: WebTab[];
  onRead: (chosen: WebTab[]) => void;
}

const hostOf = (url: string) => /^https?:\/\/([^/?#]+)/i.exec(url)?.[1] ?? url;

/** The window's open web pages, each with a checkbox; nothing is ticked until the person ticks it. */
export function TabPicker({ tabs, onRead }: TabPickerProps) {
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number, on: boolean) =>
    setTicked((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  if (tabs.length === 0) return <p class="notice">This window has no web pages open.</p>;
  const chosen = tabs.filter((t) => ticked.has(t.id));
  return (
    <form
      class="directory tab-picker"
      onSubmit={(event) => {
        event.preventDefault();
        onRead(chosen);
      }}
    >
      <fieldset>
        <legend>
          {tabs.length} web pages open in this window
          <span class="count"> · {chosen.length} selected</span>
        </legend>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.id}>
              <label title={tab.url}>
                <input
                  type="checkbox"
                  name="tab"
                  checked={ticked.has(tab.id)}
                  onChange={(event) => toggle(tab.id, event.currentTarget.checked)}
                />
                <span class="item-name">{tab.title}</span> <span class="hint">{hostOf(tab.url)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" disabled={chosen.length === 0}>
        Read {chosen.length === 1 ? '1 tab' : `${chosen.length} tabs`}
      </button>
      <p class="hint">The Clipper asks for these sites only, and gives the access back once they are read.</p>
    </form>
  );
}
