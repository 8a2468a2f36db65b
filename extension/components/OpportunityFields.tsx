import { SOURCE_TYPES, STAGES } from '../../shared/model.ts';
import type { OpportunityDraft } from '../clip/draft.ts';
import { ChipsInput } from './ChipsInput.tsx';
import { SelectInput } from './SelectInput.tsx';
import { TextInput } from './TextInput.tsx';

export interface OpportunityFieldsProps {
  opportunity: OpportunityDraft;
  onChange: (key: keyof OpportunityDraft, value: string | string[]) => void;
}

/** The funding opportunity's fields. */
export function OpportunityFields({ opportunity: o, onChange }: OpportunityFieldsProps) {
  const text = (id: string, label: string, key: keyof OpportunityDraft, type?: 'url' | 'date' | 'number') => (
    <TextInput
      id={id}
      label={label}
      type={type}
      field={o[key] as OpportunityDraft['title']}
      onChange={(v) => onChange(key, v)}
    />
  );
  return (
    <fieldset class="fields">
      <legend>Opportunity</legend>
      {text('opp-title', 'Title', 'title')}
      {text('opp-funder', 'Funder', 'funderName')}
      <SelectInput
        id="opp-source-type"
        label="Source type"
        field={o.sourceType}
        options={SOURCE_TYPES}
        emptyLabel="(unknown)"
        onChange={(v) => onChange('sourceType', v)}
      />
      <SelectInput
        id="opp-stage"
        label="Stage"
        field={o.stage}
        options={STAGES}
        onChange={(v) => onChange('stage', v)}
      />
      <div class="row">
        {text('opp-amount-min', 'Amount min', 'amountMin')}
        {text('opp-amount-max', 'Amount max', 'amountMax')}
        {text('opp-currency', 'Currency', 'currency')}
      </div>
      {text('opp-deadline', 'Deadline', 'deadline', 'date')}
      <TextInput
        id="opp-eligibility"
        label="Eligibility"
        multiline
        field={o.eligibility}
        onChange={(v) => onChange('eligibility', v)}
      />
      {text('opp-url', 'URL', 'url', 'url')}
      <ChipsInput
        id="opp-focus"
        label="Focus areas"
        field={o.focusAreas}
        onChange={(v) => onChange('focusAreas', v)}
      />
    </fieldset>
  );
}
