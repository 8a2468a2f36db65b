import { ORGANIZATION_TYPES } from '../../shared/model.ts';
import type { OrganizationDraft } from '../clip/draft.ts';
import { ChipsInput } from './ChipsInput.tsx';
import { SelectInput } from './SelectInput.tsx';
import { TextInput } from './TextInput.tsx';

export interface OrganizationFieldsProps {
  organization: OrganizationDraft;
  onChange: (key: keyof OrganizationDraft, value: string | string[]) => void;
}

/** The organisation's fields. */
export function OrganizationFields({ organization: o, onChange }: OrganizationFieldsProps) {
  return (
    <fieldset class="fields">
      <legend>Organisation</legend>
      <TextInput id="org-name" label="Name" field={o.name} onChange={(v) => onChange('name', v)} />
      <SelectInput
        id="org-type"
        label="Type"
        field={o.type}
        options={ORGANIZATION_TYPES}
        emptyLabel="(unknown)"
        onChange={(v) => onChange('type', v)}
      />
      <TextInput
        id="org-website"
        label="Website"
        type="url"
        field={o.website}
        onChange={(v) => onChange('website', v)}
      />
      <ChipsInput id="org-emails" label="Emails" field={o.emails} onChange={(v) => onChange('emails', v)} />
      <ChipsInput id="org-phones" label="Phones" field={o.phones} onChange={(v) => onChange('phones', v)} />
      <TextInput
        id="org-country"
        label="Country"
        field={o.country}
        onChange={(v) => onChange('country', v)}
      />
      <ChipsInput
        id="org-focus"
        label="Focus areas"
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
