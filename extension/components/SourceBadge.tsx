import type { DraftSource } from '../clip/draft.ts';
import { NOT_FOUND } from '../clip/missing-fields.ts';

// Plain words for the person; the technical source stays in the tooltip for those who want it.
const LABELS: Record<DraftSource, [label: string, detail: string]> = {
  'json-ld': ['from page data', 'Read from the page’s structured data (JSON-LD)'],
  microdata: ['from page data', 'Read from the page’s structured data (microdata)'],
  meta: ['from page summary', 'Read from the page’s title and description tags'],
  text: ['from page text', 'Found in the page’s text: worth a check'],
  selection: ['from your selection', 'Taken from the text you selected'],
  settings: ['default', 'Your default, from Settings'],
  page: ['this page', 'The address of this page'],
  edited: ['edited', 'Changed by you'],
};

export interface SourceBadgeProps {
  id: string;
  source?: DraftSource;
  /** The page had no value for a field worth having: say so instead of nothing. */
  missing?: boolean;
}

/** Says where a field's value came from, or that the page had none; linked with aria-describedby. */
export function SourceBadge({ id, source, missing = false }: SourceBadgeProps) {
  const [label, detail] = source
    ? LABELS[source]
    : missing
      ? [NOT_FOUND, 'The page did not give this: add it if you know it']
      : ['', undefined];
  const kind = source ?? (missing ? 'missing' : 'none');
  return (
    <span id={id} class={`source source-${kind}`} title={detail}>
      {label}
    </span>
  );
}
