import { SOURCE_TYPES, STAGES } from '../../shared/model.ts';
import type { OpportunityDraft } from '../clip/draft.ts';
import { type MissingField, NOT_FOUND } from '../clip/missing-fields.ts';
import { ChipsInput } from './ChipsInput.tsx';
import { SelectInput } from './SelectInput.tsx';
import { TextInput } from './TextInput.tsx';

export interface OpportunityFieldsProps {
  opportunity: OpportunityDraft;
  onChange: (key: keyof OpportunityDraft, value: string | string[]) => void;
  /** Fields worth having that the page left empty. */
  missing: ReadonlySet<MissingField>;
}

const AMOUNT_NOTE = 'opp-amount-missing';

type TextKey = Exclude<keyof OpportunityDraft, 'focusAreas'>;

/** The funding opportunity's fields: title and funder first, short fields side by side. */
export function OpportunityFields({ opportunity: o, onChange, missing }: OpportunityFieldsProps) {
  const text = (
    id: string,
    label: string,
    key: TextKey,
    extra: {
      type?: 'url' | 'date';
      placeholder?: string;
      inputMode?: 'decimal';
      missing?: boolean;
      noteId?: string;
    } = {},
  ) => <TextInput id={id} label={label} field={o[key]} onChange={(v) => onChange(key, v)} {...extra} />;
  // Side by side there is no room for a note per field: one line under the row says what is missing.
  const amountGap = [missing.has('amount') && 'amount', missing.has('currency') && 'currency']
    .filter(Boolean)
    .join(' and ');
  const noteId = amountGap ? AMOUNT_NOTE : undefined;
  return (
    <fieldset class="fields">
      <legend class="visually-hidden">Funding opportunity</legend>
      {text('opp-title', 'Title', 'title')}
      {text('opp-funder', 'Funder', 'funderName')}
      <div class="row row-2">
        <SelectInput
          id="opp-source-type"
          label="Source type"
          field={o.sourceType}
          options={SOURCE_TYPES}
          emptyLabel="Not sure"
          onChange={(v) => onChange('sourceType', v)}
        />
        <SelectInput
          id="opp-stage"
          label="Stage"
          field={o.stage}
          options={STAGES}
          onChange={(v) => onChange('stage', v)}
        />
      </div>
      <div class="row row-3">
        {text('opp-amount-min', 'Amount min', 'amountMin', { inputMode: 'decimal', noteId })}
        {text('opp-amount-max', 'Amount max', 'amountMax', { inputMode: 'decimal', noteId })}
        {text('opp-currency', 'Currency', 'currency', { noteId })}
      </div>
      {noteId && (
        <p id={noteId} class="field-hint missing-hint">
          {amountGap.charAt(0).toUpperCase() + amountGap.slice(1)} {NOT_FOUND}
        </p>
      )}
      {text('opp-deadline', 'Deadline', 'deadline', { type: 'date', missing: missing.has('deadline') })}
      <TextInput
        id="opp-eligibility"
        label="Eligibility"
        multiline
        missing={missing.has('eligibility')}
        field={o.eligibility}
        onChange={(v) => onChange('eligibility', v)}
      />
      {text('opp-url', 'Link', 'url', { type: 'url', placeholder: 'https://' })}
      <ChipsInput
        id="opp-focus"
        label="Focus areas"
        placeholder="Add a focus area"
        field={o.focusAreas}
        onChange={(v) => onChange('focusAreas', v)}
      />
    </fieldset>
  );
}
