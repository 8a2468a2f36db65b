import type { TextField } from '../clip/draft.ts';
import { SourceBadge } from './SourceBadge.tsx';

export interface TextInputProps {
  id: string;
  label: string;
  field: TextField;
  onChange: (value: string) => void;
  type?: 'text' | 'url' | 'date' | 'number';
  multiline?: boolean;
  placeholder?: string;
  /** Shown for on-screen keyboards and by autofill; e.g. "decimal" for amounts. */
  inputMode?: 'text' | 'decimal' | 'url';
}

/** A labelled text field with its source. */
export function TextInput(props: TextInputProps) {
  const { id, label, field, onChange, type = 'text', multiline = false, placeholder, inputMode } = props;
  const control = {
    id,
    name: id,
    value: field.value,
    placeholder,
    inputMode,
    'aria-describedby': `${id}-source`,
    onInput: (event: Event) => onChange((event.currentTarget as HTMLInputElement).value),
  };
  // Preact types each input type separately; any of ours takes the same props.
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <SourceBadge id={`${id}-source`} source={field.source} />
      {multiline ? <textarea rows={2} {...control} /> : <input type={type as 'text'} {...control} />}
    </div>
  );
}
