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

/** Roles on one file, and what Drive knows of it. */
export interface DriveFileState {
  owner: string;
  name?: string;
  mimeType?: string;
  /** True for files this script created (what the drive.file scope reaches). */
  createdByApp?: boolean;
  /** A Google Doc's content, as the HTML it was created from. */
  html?: string;
  trashed?: boolean;
  editors: Set<string>;
  commenters: Set<string>;
  viewers: Set<string>;
  access: string;
  permission: string;
}

/** A sharing notification Drive would have emailed (Permissions.create with sendNotificationEmail). */
export interface DriveNotification {
  fileId: string;
  to: string;
  role: string;
  message: string;
  by: string;
}

/** Every file's sharing and the change history (runtime.drive). */
export class DriveStore {
  readonly files = new Map<string, DriveFileState>();
  readonly history: DriveChange[] = [];
  readonly notifications: DriveNotification[] = [];
  private readonly permissionIds = new Map<string, string>();

  /** A user's permission id: Drive gives each user one id, the same on every file. */
  permissionId(email: string): string {
    const key = email.toLowerCase();
    let id = this.permissionIds.get(key);
    if (!id) {
      id = String(12_345_678_901_234 + this.permissionIds.size * 7_919);
      this.permissionIds.set(key, id);
    }
    return id;
  }

  /** The email behind a permission id, if any user has it. */
  emailOfPermission(id: string): string | undefined {
    for (const [email, known] of this.permissionIds) if (known === id) return email;
    return undefined;
  }

  /** A file by id, or undefined. */
  find(id: string): DriveFileState | undefined {
    return this.files.get(id);
  }

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
