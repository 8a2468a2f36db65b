/** DriveApp and File: sharing with named people and link sharing, recorded in DriveStore. */

import type { DriveStore } from './drive.ts';
import type { Emulates } from './emulates.ts';
import { Access, Permission } from './enums.ts';
import type { Env } from './env.ts';
import { APPS_SCRIPT_TYPE, type Emulated, type Service } from './tracking.ts';
import { emailOf, FakeUser, requireEmail } from './user.ts';

type FileApi = GoogleAppsScript.Drive.File;

/** A Drive file (only sharing and identity are emulated). */
export class FakeDriveFile
  implements
    Emulated,
    Emulates<FileApi, 'getId' | 'getName' | 'getUrl' | 'getSharingAccess' | 'getSharingPermission'>
{
  readonly [APPS_SCRIPT_TYPE] = 'File';

  constructor(
    private readonly env: Env,
    private readonly id: string,
    private readonly name: () => string,
  ) {}

  private get store(): DriveStore {
    return this.env.drive;
  }
  private log(action: string, details: { email?: string; access?: string; permission?: string }): void {
    this.store.history.push({ fileId: this.id, action, ...details, by: this.env.execution.effectiveUser });
  }
  private grant(role: 'editors' | 'commenters' | 'viewers', user: unknown, action: string): this {
    const email = requireEmail(user);
    const file = this.store.file(this.id);
    const current = this.store.roleOf(this.id, email);
    const rank = { none: 0, viewer: 1, commenter: 2, editor: 3, owner: 4 } as const;
    const wanted = { viewers: 1, commenters: 2, editors: 3 }[role];
    // Drive never downgrades through add*: adding a viewer who already edits changes nothing.
    if (rank[current] < wanted) {
      file.viewers.delete(email);
      file.commenters.delete(email);
      file[role].add(email);
    }
    this.log(action, { email });
    return this;
  }
  private revoke(roles: ('editors' | 'commenters' | 'viewers')[], user: unknown, action: string): this {
    const email = emailOf(user).toLowerCase();
    const file = this.store.file(this.id);
    for (const role of roles) file[role].delete(email);
    this.log(action, { email });
    return this;
  }

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name();
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getOwner(): FakeUser {
    return new FakeUser(this.store.file(this.id).owner);
  }
  addEditor(user: unknown): this {
    return this.grant('editors', user, 'addEditor');
  }
  addEditors(users: unknown[]): this {
    for (const user of users) this.addEditor(user);
    return this;
  }
  addCommenter(user: unknown): this {
    return this.grant('commenters', user, 'addCommenter');
  }
  addCommenters(users: unknown[]): this {
    for (const user of users) this.addCommenter(user);
    return this;
  }
  addViewer(user: unknown): this {
    return this.grant('viewers', user, 'addViewer');
  }
  addViewers(users: unknown[]): this {
    for (const user of users) this.addViewer(user);
    return this;
  }
  removeEditor(user: unknown): this {
    return this.revoke(['editors'], user, 'removeEditor');
  }
  /** As in Drive, removing a viewer also removes a commenter; it has no effect on an editor. */
  removeViewer(user: unknown): this {
    return this.revoke(['viewers', 'commenters'], user, 'removeViewer');
  }
  removeCommenter(user: unknown): this {
    return this.revoke(['commenters'], user, 'removeCommenter');
  }
  getEditors(): FakeUser[] {
    return [...this.store.file(this.id).editors].map((e) => new FakeUser(e));
  }
  /** As in Drive, viewers include commenters. */
  getViewers(): FakeUser[] {
    const file = this.store.file(this.id);
    return [...file.viewers, ...file.commenters].map((e) => new FakeUser(e));
  }
  getAccess(user: unknown): string {
    const role = this.store.roleOf(this.id, emailOf(user));
    const map = {
      owner: 'OWNER',
      editor: 'EDIT',
      commenter: 'COMMENT',
      viewer: 'VIEW',
      none: 'NONE',
    } as const;
    return Permission[map[role]];
  }
  setSharing(accessType: string, permissionType: string): this {
    if (!(accessType in Access) || !(permissionType in Permission))
      throw new Error('Invalid argument: sharing');
    const file = this.store.file(this.id);
    file.access = accessType;
    file.permission = permissionType;
    this.log('setSharing', { access: accessType, permission: permissionType });
    return this;
  }
  getSharingAccess(): string {
    return this.store.file(this.id).access;
  }
  getSharingPermission(): string {
    return this.store.file(this.id).permission;
  }
  toString(): string {
    return this.name();
  }
}

/** DriveApp: files by id, plus the Access and Permission enums. */
export function createDriveApp(env: Env, fileName: (id: string) => string): Service {
  return {
    [APPS_SCRIPT_TYPE]: 'DriveApp',
    Access,
    Permission,
    getFileById(id: string): FakeDriveFile {
      env.drive.file(id);
      return new FakeDriveFile(env, id, () => fileName(id));
    },
  } satisfies Service & Emulates<GoogleAppsScript.Drive.DriveApp, 'getFileById'>;
}
