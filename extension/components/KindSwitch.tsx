import type { ClipKind } from '../clip/draft.ts';

export interface KindSwitchProps {
  kind: ClipKind;
  onChange: (kind: ClipKind) => void;
}

const KINDS: [ClipKind, string][] = [
  ['organization', 'Organisation'],
  ['opportunity', 'Opportunity'],
];

/** Chooses whether the clip is an organisation or a funding opportunity. */
export function KindSwitch({ kind, onChange }: KindSwitchProps) {
  return (
    <fieldset class="kind-switch">
      <legend>Clip as</legend>
      {KINDS.map(([value, label]) => (
        <label key={value}>
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
    </fieldset>
  );
}
