import type { SelectionCapture } from '../capture/capture-result.ts';
import { type Draft, editField, type Section } from '../clip/draft.ts';
import { findMissingFields } from '../clip/missing-fields.ts';
import { withSelectionAmount } from '../popup/selection-amount.ts';
import { KindSwitch } from './KindSwitch.tsx';
import { OpportunityFields } from './OpportunityFields.tsx';
import { OrganizationFields } from './OrganizationFields.tsx';
import { SaveBar, type SaveBarProps } from './SaveBar.tsx';
import { SelectionOffers } from './SelectionOffers.tsx';
import { TextInput } from './TextInput.tsx';

export interface ClipFormProps {
  draft: Draft;
  setDraft: (change: (draft: Draft) => Draft) => void;
  selection: SelectionCapture | null;
  saveBar: SaveBarProps;
  onSave: () => void;
  /** A heading when the form is not the page's only content (a directory's owner). */
  title?: string;
}

/** The page's clip to check and edit: kind, fields, what the selection offers, notes, and Save. */
export function ClipForm({ draft, setDraft, selection, saveBar, onSave, title }: ClipFormProps) {
  const edit =
    <S extends Section>(section: S) =>
    (key: keyof Draft[S] & string, value: string | string[]) =>
      setDraft((d) => editField(d, section, key, value));
  const missing = findMissingFields(draft);
  return (
    <form
      class="clip-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!saveBar.busy && saveBar.problem === undefined) onSave();
      }}
    >
      {title && <h2 class="form-title">{title}</h2>}
      <KindSwitch kind={draft.kind} onChange={(kind) => setDraft((d) => ({ ...d, kind }))} />
      {draft.kind === 'organization' ? (
        <OrganizationFields
          organization={draft.organization}
          onChange={edit('organization')}
          missing={missing}
        />
      ) : (
        <OpportunityFields opportunity={draft.opportunity} onChange={edit('opportunity')} missing={missing} />
      )}
      {selection && (
        <SelectionOffers
          selection={selection}
          onUseEmail={(email) =>
            setDraft((d) =>
              editField(d, 'organization', 'emails', [...d.organization.emails.value, email], 'selection'),
            )
          }
          onUseAmount={() => setDraft((d) => withSelectionAmount(d, selection))}
          onUseDeadline={() =>
            setDraft((d) => editField(d, 'opportunity', 'deadline', selection.deadline ?? '', 'selection'))
          }
        />
      )}
      <TextInput
        id="clip-notes"
        label="Notes"
        multiline
        field={draft.notes}
        onChange={(value) => setDraft((d) => ({ ...d, notes: { value, source: 'edited' } }))}
      />
      <SaveBar {...saveBar} />
    </form>
  );
}
