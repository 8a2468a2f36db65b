import type { TextField } from '../clip/draft.ts';
import { SourceBadge } from './SourceBadge.tsx';

export interface TextInputProps {
  id: string;
  label: string;
  field: TextField;
  onChange: (value: string) => void;
  type?: 'text' | 'url' | 'date' | 'number';
  multiline?: boolean;
}

/** A labelled text field with its source. */
export function TextInput({ id, label, field, onChange, type = 'text', multiline = false }: TextInputProps) {
  const props = {
    id,
    name: id,
    value: field.value,
    'aria-describedby': `${id}-source`,
    onInput: (event: Event) => onChange((event.currentTarget as HTMLInputElement).value),
  };
  // Preact types each input type separately; any of ours takes the same props.
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <SourceBadge id={`${id}-source`} source={field.source} />
      {multiline ? <textarea rows={3} {...props} /> : <input type={type as 'text'} {...props} />}
    </div>
  );
}
