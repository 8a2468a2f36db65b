import type { TextField } from '../clip/draft.ts';
import { describedBy, FormulaHint } from './FormulaHint.tsx';
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
  /** The page had no value for this field worth having. */
  missing?: boolean;
  /** Another note that describes the field (e.g. one under a row of fields). */
  noteId?: string;
  /** Words under the field about its value (e.g. the country a code stands for); `ok: false` warns. */
  note?: { ok: boolean; text: string };
}

/** A labelled text field with its source, and a hint when its text looks like a formula. */
export function TextInput(props: TextInputProps) {
  const { id, label, field, onChange, type = 'text', multiline = false, placeholder, inputMode } = props;
  const control = {
    id,
    name: id,
    value: field.value,
    placeholder,
    inputMode,
    'aria-describedby': describedBy(
      id,
      [field.value],
      [props.noteId, props.note ? `${id}-note` : undefined].filter(Boolean).join(' ') || undefined,
    ),
    onInput: (event: Event) => onChange((event.currentTarget as HTMLInputElement).value),
  };
  // Preact types each input type separately; any of ours takes the same props.
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <SourceBadge id={`${id}-source`} source={field.source} missing={props.missing} />
      {multiline ? <textarea rows={2} {...control} /> : <input type={type as 'text'} {...control} />}
      <FormulaHint id={`${id}-formula`} values={[field.value]} />
      {props.note && (
        <p id={`${id}-note`} class={props.note.ok ? 'field-hint field-note' : 'field-hint'}>
          {props.note.text}
        </p>
      )}
    </div>
  );
}
