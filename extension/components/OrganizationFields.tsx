import { ORGANIZATION_TYPES } from '../../shared/model.ts';
import { describeCountry } from '../clip/describe-country.ts';
import type { OrganizationDraft } from '../clip/draft.ts';
import type { MissingField } from '../clip/missing-fields.ts';
import { ChipsInput } from './ChipsInput.tsx';
import { SelectInput } from './SelectInput.tsx';
import { TextInput } from './TextInput.tsx';

export interface OrganizationFieldsProps {
  organization: OrganizationDraft;
  onChange: (key: keyof OrganizationDraft, value: string | string[]) => void;
  /** Fields worth having that the page left empty. */
  missing: ReadonlySet<MissingField>;
}

/** The organisation's fields: the name first, short fields side by side. */
export function OrganizationFields({ organization: o, onChange, missing }: OrganizationFieldsProps) {
  return (
    <fieldset class="fields">
      <legend class="visually-hidden">Organisation</legend>
      <TextInput id="org-name" label="Name" field={o.name} onChange={(v) => onChange('name', v)} />
      <div class="row row-2">
        <SelectInput
          id="org-type"
          label="Type"
          field={o.type}
          options={ORGANIZATION_TYPES}
          emptyLabel="Not sure"
          onChange={(v) => onChange('type', v)}
        />
        <TextInput
          id="org-country"
          label="Country"
          field={o.country}
          placeholder="KE"
          note={describeCountry(o.country.value, navigator.language)}
          onChange={(v) => onChange('country', v)}
        />
      </div>
      <TextInput
        id="org-website"
        label="Website"
        type="url"
        placeholder="https://"
        field={o.website}
        missing={missing.has('website')}
        onChange={(v) => onChange('website', v)}
      />
      <ChipsInput
        id="org-emails"
        label="Emails"
        placeholder="Add an email"
        field={o.emails}
        missing={missing.has('emails')}
        onChange={(v) => onChange('emails', v)}
      />
      <ChipsInput
        id="org-phones"
        label="Phones"
        placeholder="Add a phone number"
        field={o.phones}
        onChange={(v) => onChange('phones', v)}
      />
      <ChipsInput
        id="org-focus"
        label="Focus areas"
        placeholder="Add a focus area"
        field={o.focusAreas}
        onChange={(v) => onChange('focusAreas', v)}
      />
      <TextInput
        id="org-description"
        label="Description"
        multiline
        field={o.description}
        onChange={(v) => onChange('description', v)}
      />
    </fieldset>
  );
}
