/**
 * The spreadsheet UI: menus, alerts, prompts, dialogs, sidebars and toasts are recorded in UiLog
 * (runtime.ui); alerts and prompts take scripted answers, else the person "closed" the dialog.
 */

import type { Emulates } from './emulates.ts';
import { Button, ButtonSet } from './enums.ts';
import type { Env } from './env.ts';
import type { FakeHtmlOutput } from './html.ts';
import { APPS_SCRIPT_TYPE, type Emulated, unwrap } from './tracking.ts';

/** A scripted answer for the next alert or prompt. */
export interface UiAnswer {
  button: keyof typeof Button;
  text?: string;
}

/** A menu item or separator. */
export type MenuEntry =
  | { caption: string; functionName: string }
  | { separator: true }
  | { subMenu: MenuRecord };

/** A menu added to the UI. */
export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

/** An alert or prompt shown, and how it was answered. */
export interface DialogAnswerRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  answer: UiAnswer;
  scripted: boolean;
}

/** An HTML dialog or sidebar shown. */
export interface HtmlDialogRecord {
  kind: 'modal' | 'modeless' | 'sidebar';
  title: string;
  html: string;
  width?: number;
  height?: number;
}

/** A toast shown by Spreadsheet.toast. */
export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** Everything the UI showed, plus the queue of scripted answers. */
export class UiLog {
  menus: MenuRecord[] = [];
  alerts: DialogAnswerRecord[] = [];
  dialogs: HtmlDialogRecord[] = [];
  toasts: ToastRecord[] = [];
  answers: UiAnswer[] = [];

  /** Queues answers for the next alerts/prompts, in order. */
  answer(...answers: UiAnswer[]): void {
    this.answers.push(...answers);
  }
  /** Forgets what was shown (and pending answers). */
  clear(): void {
    this.menus = [];
    this.alerts = [];
    this.dialogs = [];
    this.toasts = [];
    this.answers = [];
  }
}

/** A menu being built (Ui.createMenu / createAddonMenu). */
export class FakeMenu implements Emulated, Emulates<GoogleAppsScript.Base.Menu, 'addToUi'> {
  readonly [APPS_SCRIPT_TYPE] = 'Menu';
  readonly record: MenuRecord;

  constructor(
    private readonly log: UiLog,
    title: string,
    addon: boolean,
  ) {
    this.record = { title, addon, items: [] };
  }

  addItem(caption: string, functionName: string): this {
    this.record.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this.record.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: FakeMenu): this {
    this.record.items.push({ subMenu: unwrap(menu).record });
    return this;
  }
  addToUi(): void {
    this.log.menus = this.log.menus.filter(
      (m) => m.title !== this.record.title || m.addon !== this.record.addon,
    );
    this.log.menus.push(this.record);
  }
}

/** Ui.prompt's answer. */
export class FakePromptResponse implements Emulated {
  readonly [APPS_SCRIPT_TYPE] = 'PromptResponse';
  constructor(private readonly answer: UiAnswer) {}
  getResponseText(): string {
    return this.answer.text ?? '';
  }
  getSelectedButton(): string {
    return this.answer.button;
  }
}

/** SpreadsheetApp.getUi(). */
export class FakeUi implements Emulated {
  readonly [APPS_SCRIPT_TYPE] = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly env: Env) {}

  private ask(kind: 'alert' | 'prompt', args: unknown[]): UiAnswer {
    const text = args.map((a) => (a === undefined || a === null ? '' : String(a)));
    const [title, prompt, buttons] =
      text.length >= 3 ? text : text.length === 2 ? ['', text[0], text[1]] : ['', text[0], ''];
    if (buttons && !(buttons in ButtonSet)) throw new Error(`Invalid argument: buttons`);
    const scripted = this.env.ui.answers.shift();
    // Unscripted: an OK-only alert is acknowledged; anything that asks is closed unanswered.
    const answer: UiAnswer = scripted ?? {
      button: kind === 'alert' && (!buttons || buttons === 'OK') ? 'OK' : 'CLOSE',
    };
    this.env.ui.alerts.push({
      kind,
      title: title ?? '',
      prompt: prompt ?? '',
      buttons: buttons || 'OK',
      answer,
      scripted: Boolean(scripted),
    });
    return answer;
  }

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.env.ui, String(caption), false);
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.env.ui, 'Add-on', true);
  }
  alert(...args: unknown[]): string {
    return this.ask('alert', args).button;
  }
  prompt(...args: unknown[]): FakePromptResponse {
    return new FakePromptResponse(this.ask('prompt', args));
  }
  private show(kind: HtmlDialogRecord['kind'], output: FakeHtmlOutput, title?: string): void {
    const html = unwrap(output);
    this.env.ui.dialogs.push({
      kind,
      title: title ?? html.getTitle(),
      html: html.getContent(),
      width: html.width,
      height: html.height,
    });
  }
  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.show('modal', userInterface, String(title));
  }
  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.show('modeless', userInterface, String(title));
  }
  showSidebar(userInterface: FakeHtmlOutput): void {
    this.show('sidebar', userInterface);
  }
}
