/** ContentService: text outputs for doGet/doPost answers. */

import type { Emulates } from './emulates.ts';
import { ContentMimeType } from './enums.ts';
import { FakeOutputContent } from './output-content.ts';
import { APPS_SCRIPT_TYPE, type Emulated, type Service, unwrap } from './tracking.ts';

const MIME_STRINGS: Record<string, string> = {
  ATOM: 'application/atom+xml',
  CSV: 'text/csv',
  ICAL: 'text/calendar',
  JAVASCRIPT: 'application/javascript',
  JSON: 'application/json',
  RSS: 'application/rss+xml',
  TEXT: 'text/plain',
  VCARD: 'text/vcard',
  XML: 'text/xml',
};

/** A text answer. */
export class FakeTextOutput
  extends FakeOutputContent
  implements Emulated, Emulates<GoogleAppsScript.Content.TextOutput, 'getContent' | 'getFileName'>
{
  readonly [APPS_SCRIPT_TYPE] = 'TextOutput';
  mimeType = 'TEXT';
  fileName: string | null = null;

  setMimeType(mimeType: string): this {
    if (!(mimeType in ContentMimeType)) throw new Error('Invalid argument: mimeType');
    this.mimeType = mimeType;
    return this;
  }
  getMimeType(): string {
    return this.mimeType;
  }
  downloadAsFile(filename: string): this {
    this.fileName = String(filename);
    return this;
  }
  getFileName(): string {
    return this.fileName as string;
  }
  /** The HTTP Content-Type this output is served with. */
  _contentType(): string {
    return `${MIME_STRINGS[this.mimeType] ?? 'text/plain'}; charset=utf-8`;
  }
}

/** ContentService. */
export function createContentService(): Service {
  return {
    [APPS_SCRIPT_TYPE]: 'ContentService',
    MimeType: ContentMimeType,
    createTextOutput: (content?: string) => new FakeTextOutput(content === undefined ? '' : String(content)),
  } satisfies Emulated &
    Record<string, unknown> &
    Emulates<GoogleAppsScript.Content.ContentService, 'createTextOutput'>;
}

/** The content and HTTP Content-Type of what doGet/doPost returned, if it is a TextOutput. */
export function textOutputOf(value: unknown): { content: string; contentType: string } | undefined {
  const raw = unwrap(value);
  if (!(raw instanceof FakeTextOutput)) return undefined;
  return { content: raw.getContent(), contentType: raw._contentType() };
}
