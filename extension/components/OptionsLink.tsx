import type { ComponentChildren } from 'preact';
import { openOptions, optionsUrl } from '../popup/open-options.ts';

export interface OptionsLinkProps {
  class?: string;
  children: ComponentChildren;
}

/** A real link to the options page, so it reads and behaves as one (new tab, keyboard, screen readers). */
export function OptionsLink({ class: className, children }: OptionsLinkProps) {
  return (
    <a class={className} href={optionsUrl()} target="_blank" rel="noreferrer" onClick={openOptions}>
      {children}
    </a>
  );
}
