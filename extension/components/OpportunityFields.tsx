import { SOURCE_TYPES, STAGES } from '../../shared/model.ts';
import type { OpportunityDraft } from '../clip/draft.ts';
import { ChipsInput } from './ChipsInput.tsx';
import { SelectInput } from './SelectInput.tsx';
import { TextInput } from './TextInput.tsx';

export interface OpportunityFieldsProps {
  opportunity: OpportunityDraft;
  onChange: (key: keyof OpportunityDraft, value: string | string[]) => void;
}

type TextKey = Exclude<keyof OpportunityDraft, 'focusAreas'>;

/** The funding opportunity's fields: title and funder first, short fields side by side. */
export function OpportunityFields({ opportunity: o, onChange }: OpportunityFieldsProps) {
  const text = (
    id: string,
    label: string,
    key: TextKey,
    extra: { type?: 'url' | 'date'; placeholder?: string; inputMode?: 'decimal' } = {},
  ) => <TextInput id={id} label={label} field={o[key]} onChange={(v) => onChange(key, v)} {...extra} />;
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
        {text('opp-amount-min', 'Amount min', 'amountMin', { inputMode: 'decimal' })}
        {text('opp-amount-max', 'Amount max', 'amountMax', { inputMode: 'decimal' })}
        {text('opp-currency', 'Currency', 'currency', {})}
      </div>
      {text('opp-deadline', 'Deadline', 'deadline', { type: 'date' })}
      <TextInput
        id="opp-eligibility"
        label="Eligibility"
        multiline
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
