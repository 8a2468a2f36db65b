/** Protection of a sheet or a range: description, editors, warning-only. Not enforced on writes. */
import type { Emulates } from './emulates.ts';
import type { FakeRange } from './fake-range.ts';
import type { FakeSheet } from './fake-sheet.ts';
import { APPS_SCRIPT_TYPE, type Emulated, unwrap } from './tracking.ts';
import { emailOf, FakeUser, requireEmail } from './user.ts';

type ProtectionApi = GoogleAppsScript.Spreadsheet.Protection;

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

  constructor(
    readonly type: 'SHEET' | 'RANGE',
    readonly sheet: FakeSheet,
    readonly range: FakeRange | undefined,
    initialEditors: readonly string[],
  ) {
    for (const email of initialEditors) if (email) this.editors.add(email.toLowerCase());
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
  removeEditor(user: unknown): this {
    this.editors.delete(emailOf(user).toLowerCase());
    return this;
  }
  removeEditors(users: unknown[]): this {
    for (const user of users) this.removeEditor(user);
    return this;
  }
  getEditors(): FakeUser[] {
    return [...this.editors].map((email) => new FakeUser(email));
  }
  canEdit(): boolean {
    return this.warningOnly || this.editors.has(this.sheet._env.execution.effectiveUser.toLowerCase());
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
