/**
 * Scopes of the advanced services' methods, from Google's REST references (gas-types-detailed
 * carries no notes for Drive v3 or Sheets v4): any one of the listed scopes allows the call.
 * https://developers.google.com/drive/api/reference/rest/v3 (files, permissions) and
 * https://developers.google.com/sheets/api/reference/rest (spreadsheets, spreadsheets.values).
 */
const DRIVE_READ = [
  'drive',
  'drive.appdata',
  'drive.file',
  'drive.meet.readonly',
  'drive.metadata',
  'drive.metadata.readonly',
  'drive.photos.readonly',
  'drive.readonly',
];
const SHEETS_READ = ['drive', 'drive.file', 'drive.readonly', 'spreadsheets', 'spreadsheets.readonly'];
const SHEETS_WRITE = ['drive', 'drive.file', 'spreadsheets'];

/** `Service.Collection.method` (as the emulator counts them) → its REST method and scopes. */
export const ADVANCED_SCOPES: Readonly<Record<string, { rest: string; scopes: readonly string[] }>> = {
  'Drive.Files.create': { rest: 'drive.files.create', scopes: ['drive', 'drive.appdata', 'drive.file'] },
  'Drive.Files.get': { rest: 'drive.files.get', scopes: DRIVE_READ },
  'Drive.Permissions.create': { rest: 'drive.permissions.create', scopes: ['drive', 'drive.file'] },
  'Drive.Permissions.remove': { rest: 'drive.permissions.delete', scopes: ['drive', 'drive.file'] },
  'Drive.Permissions.list': { rest: 'drive.permissions.list', scopes: DRIVE_READ },
  'Sheets.Spreadsheets.get': { rest: 'sheets.spreadsheets.get', scopes: SHEETS_READ },
  'Sheets.Spreadsheets.batchUpdate': { rest: 'sheets.spreadsheets.batchUpdate', scopes: SHEETS_WRITE },
  'Sheets.Spreadsheets.Values.get': { rest: 'sheets.spreadsheets.values.get', scopes: SHEETS_READ },
  'Sheets.Spreadsheets.Values.batchGet': { rest: 'sheets.spreadsheets.values.batchGet', scopes: SHEETS_READ },
  'Sheets.Spreadsheets.Values.batchUpdate': {
    rest: 'sheets.spreadsheets.values.batchUpdate',
    scopes: SHEETS_WRITE,
  },
};
