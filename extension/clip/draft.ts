/**
 * The popup's editable form: every field keeps its value as typed and where it came from
 * (json-ld, microdata, meta, text, the selection, settings, or "edited" once the person types).
 */
import type { FieldSource } from '../../shared/extract/types.ts';

export type DraftSource = FieldSource | 'selection' | 'settings' | 'page' | 'edited';

export interface DraftField<T> {
  value: T;
  source?: DraftSource;
}

export type TextField = DraftField<string>;
export type ListField = DraftField<string[]>;

export interface OrganizationDraft {
  name: TextField;
  type: TextField;
  website: TextField;
  emails: ListField;
  phones: ListField;
  country: TextField;
  focusAreas: ListField;
  description: TextField;
}

export interface OpportunityDraft {
  title: TextField;
  funderName: TextField;
  sourceType: TextField;
  stage: TextField;
  amountMin: TextField;
  amountMax: TextField;
  currency: TextField;
  deadline: TextField;
  eligibility: TextField;
  url: TextField;
  focusAreas: ListField;
}

export type ClipKind = 'organization' | 'opportunity';

export interface Draft {
  kind: ClipKind;
  sourceUrl: string;
  organization: OrganizationDraft;
  opportunity: OpportunityDraft;
  notes: TextField;
  tags: ListField;
}

const text = (value = '', source?: DraftSource): TextField => ({ value, source });
const list = (value: string[] = [], source?: DraftSource): ListField => ({ value, source });

/** An empty form for a page. */
export function emptyDraft(sourceUrl: string, defaultTags: string[] = []): Draft {
  return {
    kind: 'organization',
    sourceUrl,
    organization: {
      name: text(),
      type: text(),
      website: text(),
      emails: list(),
      phones: list(),
      country: text(),
      focusAreas: list(),
      description: text(),
    },
    opportunity: {
      title: text(),
      funderName: text(),
      sourceType: text(),
      stage: text('prospect', 'settings'),
      amountMin: text(),
      amountMax: text(),
      currency: text(),
      deadline: text(),
      eligibility: text(),
      url: text(sourceUrl, 'page'),
      focusAreas: list(),
    },
    notes: text(),
    tags: list(defaultTags, defaultTags.length > 0 ? 'settings' : undefined),
  };
}

export type Section = 'organization' | 'opportunity';
export type FieldKey<S extends Section> = keyof Draft[S] & string;

/** The draft with one field set to what the person typed. */
export function editField<S extends Section>(
  draft: Draft,
  section: S,
  key: FieldKey<S>,
  value: string | string[],
  source: DraftSource = 'edited',
): Draft {
  return { ...draft, [section]: { ...draft[section], [key]: { value, source } } };
}
