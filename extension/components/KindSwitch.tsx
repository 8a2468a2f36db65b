import type { ClipKind } from '../clip/draft.ts';

export interface KindSwitchProps {
  kind: ClipKind;
  onChange: (kind: ClipKind) => void;
}

const KINDS: [ClipKind, string][] = [
  ['organization', 'Organisation'],
  ['opportunity', 'Funding opportunity'],
];

/** Chooses whether the clip is an organisation or a funding opportunity (radios styled as a switch). */
export function KindSwitch({ kind, onChange }: KindSwitchProps) {
  return (
    <fieldset class="kind-switch">
      <legend>Save as</legend>
      <div class="segments">
        {KINDS.map(([value, label]) => (
          <label key={value} class={kind === value ? 'chosen' : undefined}>
            <input
              type="radio"
              name="kind"
              value={value}
              checked={kind === value}
              onChange={() => onChange(value)}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
