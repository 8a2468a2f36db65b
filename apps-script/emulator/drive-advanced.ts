/**
 * The advanced Drive service, v3 (`Drive` when the manifest enables it): Files.create/get and
 * Permissions.create/list/remove (REST permissions.delete), on the runtime's DriveStore. Under the drive.file scope only
 * files this script created are reachable; responses hold Drive's default fields unless `fields`
 * asks for more.
 */
import { createHash } from 'node:crypto';
import type { DriveFileState } from './drive.ts';
import type { Emulates } from './emulates.ts';
import { Access, Permission } from './enums.ts';
import type { Env } from './env.ts';
import { FakeSpreadsheet } from './fake-spreadsheet.ts';
import { selectFields } from './field-mask.ts';
import { APPS_SCRIPT_TYPE, ApiError, type Emulated, unwrap } from './tracking.ts';

type FileResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type PermissionResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;

/** Google's MIME types for the files the emulator can hold. */
export const GOOGLE_SHEET = 'application/vnd.google-apps.spreadsheet';
export const GOOGLE_DOC = 'application/vnd.google-apps.document';

const ROLE_SETS = { writer: 'editors', commenter: 'commenters', reader: 'viewers' } as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The Drive global's collections. */
export function createDriveAdvanced(env: Env): Emulated {
  const Files = {
    [APPS_SCRIPT_TYPE]: 'Drive.Files',
    create(
      resource: FileResource,
      mediaData?: GoogleAppsScript.Base.Blob,
      optionalArgs?: Record<string, unknown>,
    ) {
      const id = newFileId(env);
      const mimeType = String(resource?.mimeType ?? 'application/octet-stream');
      const name = String(resource?.name ?? 'Untitled');
      env.drive.register(id, env.execution.effectiveUser);
      const file = env.drive.file(id);
      Object.assign(file, { name, mimeType, createdByApp: true });
      if (mimeType === GOOGLE_SHEET) {
        const spreadsheet = new FakeSpreadsheet(env, id, name, env.scriptTimeZone);
        spreadsheet._addSheet('Sheet1');
        env.spreadsheets.set(id, spreadsheet);
      } else if (mediaData) {
        const text = String(unwrap(mediaData).getDataAsString());
        if (mimeType === GOOGLE_DOC) file.html = text;
      }
      return env.realm.json(
        selectFields(fileResource(id, file), optionalArgs?.fields, 'kind,id,name,mimeType'),
      );
    },
    get(fileId: string, optionalArgs?: Record<string, unknown>) {
      const file = reachable(env, 'drive.files.get', fileId, true);
      return env.realm.json(
        selectFields(fileResource(fileId, file), optionalArgs?.fields, 'kind,id,name,mimeType'),
      );
    },
  } satisfies Emulated &
    Emulates<GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection, 'create' | 'get'>;

  const Permissions = {
    [APPS_SCRIPT_TYPE]: 'Drive.Permissions',
    create(resource: PermissionResource, fileId: string, optionalArgs?: Record<string, unknown>) {
      const file = reachable(env, 'drive.permissions.create', fileId, false);
      const permission = grant(env, fileId, file, resource, optionalArgs ?? {});
      return env.realm.json(selectFields(permission, optionalArgs?.fields, 'kind,id,type,role'));
    },
    list(fileId: string, optionalArgs?: Record<string, unknown>) {
      const file = reachable(env, 'drive.permissions.list', fileId, true);
      const list = { kind: 'drive#permissionList', permissions: permissionsOf(env, file) };
      return env.realm.json(selectFields(list, optionalArgs?.fields, 'kind,permissions(kind,id,type,role)'));
    },
    /** REST permissions.delete (Apps Script names it remove). */
    remove(fileId: string, permissionId: string): void {
      const file = reachable(env, 'drive.permissions.delete', fileId, false);
      const email = env.drive.emailOfPermission(String(permissionId));
      const role = email ? env.drive.roleOf(fileId, email) : 'none';
      if (!email || role === 'none')
        throw new ApiError('drive.permissions.delete', `Permission not found: ${permissionId}.`);
      if (role === 'owner')
        throw new ApiError('drive.permissions.delete', 'The owner of a file cannot be removed.');
      for (const set of ['editors', 'commenters', 'viewers'] as const) file[set].delete(email);
      env.drive.history.push({
        fileId,
        action: 'permissions.delete',
        email,
        by: env.execution.effectiveUser,
      });
    },
  } satisfies Emulated &
    Emulates<
      GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection,
      'create' | 'list' | 'remove'
    >;

  return { [APPS_SCRIPT_TYPE]: 'Drive', Files, Permissions } as Emulated;
}

// Drive ids are 33–44 characters of [A-Za-z0-9_-]; these are stable within a runtime.
function newFileId(env: Env): string {
  return `1${createHash('sha256').update(`file-${env.nextId()}`).digest('base64url').slice(0, 43)}`;
}

/** The file, when this script may reach it: any file under drive (or a read under drive.readonly), else only its own. */
function reachable(env: Env, rest: string, fileId: string, read: boolean): DriveFileState {
  const file = env.drive.find(String(fileId));
  const broad = read ? ['drive', 'drive.readonly', 'drive.metadata', 'drive.metadata.readonly'] : ['drive'];
  const reaches = file !== undefined && (file.createdByApp === true || env.scopes.hasAny(broad));
  if (!file || !reaches || file.trashed) throw new ApiError(rest, `File not found: ${fileId}.`);
  return file;
}

function fileResource(id: string, file: DriveFileState): FileResource {
  const kind =
    file.mimeType === GOOGLE_DOC ? 'document' : file.mimeType === GOOGLE_SHEET ? 'spreadsheets' : 'file';
  return {
    kind: 'drive#file',
    id,
    name: file.name ?? '',
    mimeType: file.mimeType ?? '',
    trashed: file.trashed === true,
    webViewLink:
      kind === 'file'
        ? `https://drive.google.com/file/d/${id}/view?usp=drivesdk`
        : `https://docs.google.com/${kind}/d/${id}/edit?usp=drivesdk`,
    owners: [{ kind: 'drive#user', emailAddress: file.owner, me: true }],
  } as FileResource;
}

function permissionsOf(env: Env, file: DriveFileState): PermissionResource[] {
  const entry = (email: string, role: string): PermissionResource => ({
    kind: 'drive#permission',
    id: env.drive.permissionId(email),
    type: 'user',
    role,
    emailAddress: email,
  });
  const list = [entry(file.owner, 'owner')];
  for (const email of file.editors) list.push(entry(email, 'writer'));
  for (const email of file.commenters) list.push(entry(email, 'commenter'));
  for (const email of file.viewers) list.push(entry(email, 'reader'));
  if (file.access !== Access.PRIVATE)
    list.push({
      kind: 'drive#permission',
      id: file.access === Access.ANYONE ? 'anyoneWithLink' : 'domain',
      type: file.access === Access.ANYONE ? 'anyone' : 'domain',
      role: file.permission === Permission.EDIT ? 'writer' : 'reader',
    });
  return list;
}

function grant(
  env: Env,
  fileId: string,
  file: DriveFileState,
  resource: PermissionResource,
  options: Record<string, unknown>,
): PermissionResource {
  const role = String(resource?.role ?? '');
  const type = String(resource?.type ?? '');
  const by = env.execution.effectiveUser;
  if (type === 'anyone' || type === 'domain') {
    file.access = type === 'anyone' ? Access.ANYONE_WITH_LINK : Access.DOMAIN_WITH_LINK;
    file.permission =
      role === 'writer' ? Permission.EDIT : role === 'commenter' ? Permission.COMMENT : Permission.VIEW;
    env.drive.history.push({
      fileId,
      action: 'permissions.create',
      access: file.access,
      permission: file.permission,
      by,
    });
    return { kind: 'drive#permission', id: type, type, role };
  }
  if (type !== 'user' && type !== 'group')
    throw new ApiError('drive.permissions.create', 'Invalid permission type.');
  const set = ROLE_SETS[role as keyof typeof ROLE_SETS];
  if (!set) throw new ApiError('drive.permissions.create', `Invalid permission role: ${role}.`);
  const email = String(resource?.emailAddress ?? '')
    .trim()
    .toLowerCase();
  if (!EMAIL.test(email)) throw new ApiError('drive.permissions.create', 'Invalid sharing request.');
  const rank = { none: 0, viewer: 1, commenter: 2, editor: 3, owner: 4 } as const;
  const wanted = { viewers: 1, commenters: 2, editors: 3 }[set];
  // As with DriveApp's add*, creating a permission never lowers the role someone already has.
  if (rank[env.drive.roleOf(fileId, email)] < wanted) {
    file.viewers.delete(email);
    file.commenters.delete(email);
    file[set].add(email);
  }
  env.drive.history.push({ fileId, action: 'permissions.create', email, permission: role, by });
  if (options.sendNotificationEmail !== false)
    env.drive.notifications.push({
      fileId,
      to: email,
      role,
      message: String(options.emailMessage ?? ''),
      by,
    });
  return { kind: 'drive#permission', id: env.drive.permissionId(email), type, role, emailAddress: email };
}
