import { useState } from 'preact/hooks';
import type { ListField } from '../clip/draft.ts';
import { describedBy, FormulaHint } from './FormulaHint.tsx';
import { SourceBadge } from './SourceBadge.tsx';

export interface ChipsInputProps {
  id: string;
  label: string;
  field: ListField;
  onChange: (values: string[]) => void;
  /** What to type, e.g. "Add an email"; Enter adds it. */
  placeholder?: string;
  /** The page had no value for this field worth having. */
  missing?: boolean;
}

/** An editable list: each value a chip with a remove button; Enter or comma adds what is typed. */
export function ChipsInput(props: ChipsInputProps) {
  const { id, label, field, onChange, placeholder = 'Add one', missing } = props;
  const [typed, setTyped] = useState('');
  const add = () => {
    const value = typed.trim();
    if (value && !field.value.includes(value)) onChange([...field.value, value]);
    setTyped('');
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <SourceBadge id={`${id}-source`} source={field.source} missing={missing} />
      {field.value.length > 0 && (
        <ul class="chips" aria-label={label}>
          {field.value.map((value) => (
            <li key={value} class="chip">
              <span class="chip-text" title={value}>
                {value}
              </span>
              <button
                type="button"
                aria-label={`Remove ${value}`}
                onClick={() => onChange(field.value.filter((v) => v !== value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        name={id}
        value={typed}
        placeholder={`${placeholder}, then press Enter`}
        aria-describedby={describedBy(id, field.value)}
        onInput={(event) => setTyped(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Enter with nothing typed is left to the form, so it saves as from any other field.
          if (event.key === ',' || (event.key === 'Enter' && typed.trim() !== '')) {
            event.preventDefault();
            add();
          }
        }}
        onBlur={add}
      />
      <FormulaHint id={`${id}-formula`} values={field.value} quote />
    </div>
  );
}
