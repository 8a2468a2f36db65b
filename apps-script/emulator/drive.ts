/**
 * Drive sharing of files (the spreadsheet is one): roles per email, link sharing, and a history
 * of every change so tests can assert what was granted and that nothing was made public.
 */
import { Access, Permission } from './enums.ts';
import type { DriveFileData } from './workbook-data.ts';

/** One permission change, in order. */
export interface DriveChange {
  fileId: string;
  action: string;
  email?: string;
  access?: string;
  permission?: string;
  by: string;
}

/** Roles on one file. */
export interface DriveFileState {
  owner: string;
  editors: Set<string>;
  commenters: Set<string>;
  viewers: Set<string>;
  access: string;
  permission: string;
}

/** Every file's sharing and the change history (runtime.drive). */
export class DriveStore {
  readonly files = new Map<string, DriveFileState>();
  readonly history: DriveChange[] = [];

  /** The file's sharing; unknown ids throw like DriveApp.getFileById. */
  file(id: string): DriveFileState {
    const file = this.files.get(id);
    if (!file)
      throw new Error(
        'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
      );
    return file;
  }

  /** Registers a file owned by `owner`, optionally with saved sharing. */
  register(id: string, owner: string, data?: DriveFileData): void {
    this.files.set(id, {
      owner: data?.owner ?? owner,
      editors: new Set(data?.editors ?? []),
      commenters: new Set(data?.commenters ?? []),
      viewers: new Set(data?.viewers ?? []),
      access: data?.sharing.access ?? Access.PRIVATE,
      permission: data?.sharing.permission ?? Permission.NONE,
    });
  }

  /** Serialisable sharing of one file. */
  snapshot(id: string): DriveFileData {
    const f = this.file(id);
    return {
      owner: f.owner,
      editors: [...f.editors].sort(),
      commenters: [...f.commenters].sort(),
      viewers: [...f.viewers].sort(),
      sharing: { access: f.access, permission: f.permission },
    };
  }

  /** The role an email has on a file. */
  roleOf(id: string, email: string): 'owner' | 'editor' | 'commenter' | 'viewer' | 'none' {
    const f = this.file(id);
    const e = email.toLowerCase();
    if (f.owner.toLowerCase() === e) return 'owner';
    if (f.editors.has(e)) return 'editor';
    if (f.commenters.has(e)) return 'commenter';
    if (f.viewers.has(e)) return 'viewer';
    return 'none';
  }

  /** True when the file is shared beyond named people (anyone, or a domain). */
  isPublic(id: string): boolean {
    return this.file(id).access !== Access.PRIVATE;
  }
}
