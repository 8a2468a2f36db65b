import type { TextField } from '../clip/draft.ts';
import { SourceBadge } from './SourceBadge.tsx';

export interface SelectInputProps {
  id: string;
  label: string;
  field: TextField;
  options: readonly string[];
  onChange: (value: string) => void;
  /** Label of the empty choice; none when a value is required. */
  emptyLabel?: string;
}

/** A labelled dropdown with its source. */
export function SelectInput({ id, label, field, options, onChange, emptyLabel }: SelectInputProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <SourceBadge id={`${id}-source`} source={field.source} />
      <select
        id={id}
        name={id}
        value={field.value}
        aria-describedby={`${id}-source`}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
