import type { DraftSource } from '../clip/draft.ts';

const LABELS: Record<DraftSource, string> = {
  'json-ld': 'from JSON-LD',
  microdata: 'from microdata',
  meta: 'from meta tags',
  text: 'from page text',
  selection: 'from selection',
  settings: 'default',
  page: 'this page',
  edited: 'edited',
};

export interface SourceBadgeProps {
  id: string;
  source?: DraftSource;
}

/** Says where a field's value came from; linked to its control with aria-describedby. */
export function SourceBadge({ id, source }: SourceBadgeProps) {
  return (
    <span id={id} class={`source source-${source ?? 'none'}`}>
      {source ? LABELS[source] : 'not found'}
    </span>
  );
}
