/** Spreadsheet: tabs in order, the active tab, toasts, sharing (through Drive), protections. */
import { splitSheetName } from './a1.ts';
import { FakeDriveFile } from './drive-file.ts';
import type { Emulates } from './emulates.ts';
import type { Env } from './env.ts';
import type { FakeRange } from './fake-range.ts';
import { FakeSheet } from './fake-sheet.ts';
import type { FakeProtection } from './protection.ts';
import { APPS_SCRIPT_TYPE, type Emulated, unwrap } from './tracking.ts';
import { FakeUser } from './user.ts';

type SpreadsheetApi = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The one spreadsheet of a runtime. Members starting with `_` are for the emulator only. */
export class FakeSpreadsheet
  implements
    Emulated,
    Emulates<SpreadsheetApi, 'getId' | 'getName' | 'getUrl' | 'getNumSheets' | 'getSpreadsheetLocale'>
{
  readonly [APPS_SCRIPT_TYPE] = 'Spreadsheet';
  _sheets: FakeSheet[] = [];
  _active: FakeSheet | undefined;

  constructor(
    readonly _env: Env,
    private readonly id: string,
    private name: string,
    private timeZone: string,
  ) {}

  private get file(): FakeDriveFile {
    return new FakeDriveFile(this._env, this.id, () => this.name);
  }

  /** Throws like Sheets when a tab name is empty, too long or taken (case-insensitive). */
  _checkNewName(name: unknown, except?: FakeSheet): void {
    if (typeof name !== 'string' || name.trim() === '') throw new Error('Invalid argument: sheetName');
    if (name.length > 100) throw new Error('The sheet name cannot be longer than 100 characters.');
    const taken = this._sheets.some((s) => s !== except && s.getName().toLowerCase() === name.toLowerCase());
    if (taken) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  /** Adds a tab at an index (0-based; end when omitted) without the bundle-facing checks. */
  _addSheet(
    name: string,
    index = this._sheets.length,
    maxRows = 1000,
    maxColumns = 26,
    sheetId?: number,
  ): FakeSheet {
    const sheet = new FakeSheet(this, this._env, name, sheetId ?? this._env.nextId(), maxRows, maxColumns);
    this._sheets.splice(index, 0, sheet);
    return sheet;
  }

  private nextDefaultName(): string {
    for (let n = this._sheets.length + 1; ; n += 1) {
      const name = `Sheet${n}`;
      if (!this._sheets.some((s) => s.getName().toLowerCase() === name.toLowerCase())) return name;
    }
  }

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  rename(newName: string): void {
    this.name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.timeZone = String(timeZone);
  }
  getSpreadsheetLocale(): string {
    return 'en_US';
  }
  getSheets(): FakeSheet[] {
    return [...this._sheets];
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    return this._sheets.find((s) => s.getName() === name) ?? null;
  }
  getSheetById(id: number): FakeSheet | null {
    return this._sheets.find((s) => s.sheetId === id) ?? null;
  }
  getActiveSheet(): FakeSheet {
    const first = this._sheets[0];
    if (!first) throw new Error('The spreadsheet has no sheets.');
    return this._active ?? first;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    return unwrap(sheet).activate();
  }
  /** insertSheet(), (index), (name), (name, index); the new tab becomes active. */
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.nextDefaultName();
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : (index ?? this._sheets.length);
    this._checkNewName(name);
    if (at < 0 || at > this._sheets.length) throw new Error('Invalid argument: sheetIndex');
    const sheet = this._addSheet(name, at);
    this._active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    const raw = unwrap(sheet);
    if (this._sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this._sheets = this._sheets.filter((s) => s !== raw);
    if (this._active === raw) this._active = undefined;
  }
  getRange(a1Notation: string): FakeRange {
    const { sheetName, range } = splitSheetName(String(a1Notation));
    const sheet = sheetName === undefined ? this.getActiveSheet() : this.getSheetByName(sheetName);
    if (!sheet) throw new Error('Range not found');
    return sheet._rangeA1(range);
  }
  getRangeByName(_name: string): FakeRange | null {
    return null;
  }
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this._env.ui.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
  getProtections(type: string): FakeProtection[] {
    return this._sheets.flatMap((s) => s.getProtections(type));
  }
  getOwner(): FakeUser {
    return new FakeUser(this._env.drive.file(this.id).owner);
  }
  getEditors(): FakeUser[] {
    const file = this._env.drive.file(this.id);
    return [file.owner, ...file.editors].map((e) => new FakeUser(e));
  }
  getViewers(): FakeUser[] {
    return this.file.getViewers();
  }
  addEditor(user: unknown): this {
    this.file.addEditor(user);
    return this;
  }
  addEditors(users: unknown[]): this {
    this.file.addEditors(users);
    return this;
  }
  removeEditor(user: unknown): this {
    this.file.removeEditor(user);
    return this;
  }
  addViewer(user: unknown): this {
    this.file.addViewer(user);
    return this;
  }
  addViewers(users: unknown[]): this {
    this.file.addViewers(users);
    return this;
  }
  removeViewer(user: unknown): this {
    this.file.removeViewer(user);
    return this;
  }
  toString(): string {
    return 'Spreadsheet';
  }
}
