/** The Partner room's Drive file: found again by the id kept in Settings, or created once. */
import type { ShareAccess } from '../../../shared/model.ts';

type DriveService = GoogleAppsScript.Drive;

const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';

/** The room as Drive knows it. */
export interface RoomFile {
  id: string;
  name: string;
  url: string;
}

/** The room with this id, or undefined when it is gone (deleted, trashed, or never reachable). */
export function findRoom(drive: DriveService, id: string): RoomFile | undefined {
  if (id === '') return undefined;
  try {
    const file = drive.Files.get(id, { fields: 'id,name,trashed,webViewLink' });
    if (file.trashed || !file.id) return undefined;
    return { id: file.id, name: file.name ?? '', url: file.webViewLink ?? '' };
  } catch {
    return undefined;
  }
}

/** Creates the room spreadsheet in the owner's Drive (drive.file: the add-on may then reach it). */
export function createRoom(drive: DriveService, name: string): RoomFile {
  const file = drive.Files.create({ name, mimeType: SPREADSHEET });
  const id = file.id ?? '';
  return { id, name: file.name ?? name, url: `https://docs.google.com/spreadsheets/d/${id}/edit` };
}

const ROLE_OF: Record<string, ShareAccess> = { reader: 'viewer', commenter: 'commenter', writer: 'editor' };
const ROLE_FOR: Record<Exclude<ShareAccess, 'none'>, string> = {
  viewer: 'reader',
  commenter: 'commenter',
  editor: 'writer',
};

/** Who holds the room now: named people's access and permission ids, and the owner. */
export interface RoomAccess {
  owner: string;
  current: Record<string, ShareAccess>;
  permissionIds: Record<string, string>;
}

/** Reads the room's permissions in one call; link and domain permissions are not people and are left out. */
export function readRoomAccess(drive: DriveService, roomId: string): RoomAccess {
  const list = drive.Permissions.list(roomId, { fields: 'permissions(id,type,role,emailAddress)' });
  const access: RoomAccess = { owner: '', current: {}, permissionIds: {} };
  for (const permission of list.permissions ?? []) {
    const email = String(permission.emailAddress ?? '').toLowerCase();
    if (permission.type !== 'user' || email === '') continue;
    if (permission.role === 'owner') access.owner = email;
    const role = ROLE_OF[permission.role ?? ''];
    if (role) {
      access.current[email] = role;
      access.permissionIds[email] = permission.id ?? '';
    }
  }
  return access;
}

/**
 * Gives one person access to the room (never to the workbook, never to a link or a domain).
 * A change of role removes the old permission first: creating one never lowers a role.
 */
export function setRoomAccess(
  drive: DriveService,
  roomId: string,
  change: { email: string; from: ShareAccess; to: ShareAccess },
  permissionId: string | undefined,
  message: string,
): void {
  if (change.from !== 'none' && permissionId) drive.Permissions.remove(roomId, permissionId);
  if (change.to === 'none') return;
  drive.Permissions.create({ type: 'user', role: ROLE_FOR[change.to], emailAddress: change.email }, roomId, {
    sendNotificationEmail: true,
    emailMessage: message,
  });
}
