/**
 * Protection of a sheet or a range: description, editors, warning-only. As in Sheets, the
 * spreadsheet's owner always edits (and cannot be removed), and a value written by anyone else
 * who is not an editor is refused (see PROTECTED_MESSAGE).
 */
import type { Emulates } from './emulates.ts';
import type { FakeRange } from './fake-range.ts';
import type { FakeSheet } from './fake-sheet.ts';
import { APPS_SCRIPT_TYPE, type Emulated, unwrap } from './tracking.ts';
import { emailOf, FakeUser, requireEmail } from './user.ts';

type ProtectionApi = GoogleAppsScript.Spreadsheet.Protection;

/** Sheets' refusal of an edit inside a protected range by someone who is not its editor. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** A protected sheet or range. */
export class FakeProtection
  implements
    Emulated,
    Emulates<ProtectionApi, 'getDescription' | 'isWarningOnly' | 'canEdit' | 'canDomainEdit' | 'remove'>
{
  readonly [APPS_SCRIPT_TYPE] = 'Protection';
  description = '';
  warningOnly = false;
  domainEdit = false;
  readonly editors = new Set<string>();
  unprotected: FakeRange[] = [];
  /** The Sheets API's protectedRangeId. */
  readonly _id: number;

  constructor(
    readonly type: 'SHEET' | 'RANGE',
    readonly sheet: FakeSheet,
    readonly range: FakeRange | undefined,
    initialEditors: readonly string[],
  ) {
    for (const email of initialEditors) if (email) this.editors.add(email.toLowerCase());
    this._id = sheet._env.nextId();
  }

  private owner(): string {
    return this.sheet._env.drive.file(this.sheet._spreadsheet.getId()).owner.toLowerCase();
  }

  /** True when `email` may write to the protected cells (the owner always may). */
  _allows(email: string): boolean {
    const e = email.toLowerCase();
    return this.warningOnly || e === this.owner() || this.editors.has(e);
  }

  /** True when the protection covers any cell of the block (1-based) outside its unprotected ranges. */
  _covers(row: number, column: number, numRows: number, numColumns: number): boolean {
    const box = this.range ?? {
      row: 1,
      column: 1,
      numRows: Number.MAX_SAFE_INTEGER,
      numColumns: Number.MAX_SAFE_INTEGER,
    };
    const top = Math.max(row, box.row);
    const left = Math.max(column, box.column);
    const bottom = Math.min(row + numRows, box.row + box.numRows);
    const right = Math.min(column + numColumns, box.column + box.numColumns);
    if (top >= bottom || left >= right) return false;
    if (this.unprotected.length === 0) return true;
    for (let r = row; r < row + numRows; r += 1)
      for (let c = column; c < column + numColumns; c += 1)
        if (inside(box, r, c) && !this.unprotected.some((u) => inside(u, r, c))) return true;
    return false;
  }

  getProtectionType(): string {
    return this.type;
  }
  getRange(): FakeRange {
    return this.range ?? this.sheet.getDataRange();
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(description: string): this {
    this.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = Boolean(warningOnly);
    return this;
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this.domainEdit = Boolean(editable);
    return this;
  }
  addEditor(user: unknown): this {
    this.editors.add(requireEmail(user));
    return this;
  }
  addEditors(users: unknown[]): this {
    for (const user of users) this.addEditor(user);
    return this;
  }
  /** As in Sheets: neither the spreadsheet's owner nor the current user can be removed. */
  removeEditor(user: unknown): this {
    const email = emailOf(user).toLowerCase();
    if (email === this.owner() || email === this.sheet._env.execution.effectiveUser.toLowerCase())
      return this;
    this.editors.delete(email);
    return this;
  }
  removeEditors(users: unknown[]): this {
    for (const user of users) this.removeEditor(user);
    return this;
  }
  getEditors(): FakeUser[] {
    return [...new Set([this.owner(), ...this.editors])].map((email) => new FakeUser(email));
  }
  canEdit(): boolean {
    return this._allows(this.sheet._env.execution.effectiveUser);
  }
  setUnprotectedRanges(ranges: FakeRange[]): this {
    this.unprotected = ranges.map((range) => unwrap(range));
    return this;
  }
  getUnprotectedRanges(): FakeRange[] {
    return [...this.unprotected];
  }
  remove(): void {
    this.sheet._removeProtection(this);
  }
  toString(): string {
    return 'Protection';
  }
}

interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

function inside(box: Box, row: number, column: number): boolean {
  return (
    row >= box.row &&
    row < box.row + box.numRows &&
    column >= box.column &&
    column < box.column + box.numColumns
  );
}
