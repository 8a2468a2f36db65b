/** HtmlService: HTML outputs (recorded when shown) and minimal templates (`<?= ?>`, `<?!= ?>`). */

import type { Emulates } from './emulates.ts';
import { SandboxMode, XFrameOptionsMode } from './enums.ts';
import { FakeOutputContent } from './output-content.ts';
import { APPS_SCRIPT_TYPE, type Emulated, type Service, unwrap } from './tracking.ts';

type OutputApi = GoogleAppsScript.HTML.HtmlOutput;

/** An HTML page for a dialog or sidebar. */
export class FakeHtmlOutput
  extends FakeOutputContent
  implements Emulated, Emulates<OutputApi, 'getContent' | 'getTitle' | 'getWidth' | 'getHeight'>
{
  readonly [APPS_SCRIPT_TYPE] = 'HtmlOutput';
  title = '';
  width?: number;
  height?: number;

  appendUntrusted(addedContent: string): this {
    return this.append(escapeHtml(String(addedContent)));
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width ?? 0;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height ?? 0;
  }
  setSandboxMode(_mode: string): this {
    return this;
  }
  setXFrameOptionsMode(_mode: string): this {
    return this;
  }
  addMetaTag(_name: string, _content: string): this {
    return this;
  }
}

/** The page and HTTP Content-Type of what doGet/doPost returned, if it is an HtmlOutput. */
export function htmlOutputOf(value: unknown): { content: string; contentType: string } | undefined {
  const raw = unwrap(value);
  if (!(raw instanceof FakeHtmlOutput)) return undefined;
  return { content: raw.getContent(), contentType: 'text/html; charset=utf-8' };
}

/** Escapes text for HTML (what `<?= ?>` does). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * A template. Only `<?= name ?>` / `<?!= name ?>` with variables (or dotted paths) assigned on
 * the template are supported; scriptlets with code fail loudly.
 */
export class FakeHtmlTemplate implements Emulated {
  readonly [APPS_SCRIPT_TYPE] = 'HtmlTemplate';
  private readonly vars = new Map<string, unknown>();

  constructor(private readonly source: string) {}

  _assign(name: string, value: unknown): void {
    this.vars.set(name, value);
  }
  getRawContent(): string {
    return this.source;
  }
  evaluate(): FakeHtmlOutput {
    const html = this.source.replace(
      /<\?(!?=)?([\s\S]*?)\?>/g,
      (_m, kind: string | undefined, code: string) => {
        if (!kind) throw new Error('Emulator: HtmlTemplate scriptlets (<? code ?>) are not implemented');
        const value = this.lookup(code.trim());
        return kind === '!=' ? String(value ?? '') : escapeHtml(String(value ?? ''));
      },
    );
    return new FakeHtmlOutput(html);
  }
  private lookup(path: string): unknown {
    if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(path))
      throw new Error(`Emulator: HtmlTemplate expression "${path}" is not implemented`);
    const [head = '', ...rest] = path.split('.');
    let value: unknown = this.vars.get(head);
    for (const key of rest) value = (value as Record<string, unknown> | undefined)?.[key];
    return value;
  }
}

/** HtmlService. */
export function createHtmlService(): Service {
  return {
    [APPS_SCRIPT_TYPE]: 'HtmlService',
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput(html?: string): FakeHtmlOutput {
      return new FakeHtmlOutput(html === undefined ? '' : String(html));
    },
    createTemplate(html: string): FakeHtmlTemplate {
      return new FakeHtmlTemplate(String(html));
    },
  } satisfies Emulated &
    Record<string, unknown> &
    Emulates<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createTemplate'>;
}
