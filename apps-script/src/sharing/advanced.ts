/** The advanced Drive (v3) and Sheets (v4) services, which appsscript.json enables. */
import { PartnerkitError } from '../errors.ts';

/** Both services, or a clear message when the project does not enable them. */
export function requireAdvanced(): { drive: GoogleAppsScript.Drive; sheets: GoogleAppsScript.Sheets } {
  // typeof: an advanced service that is not enabled is no global at all.
  const drive = typeof Drive === 'undefined' ? undefined : Drive;
  const sheets = typeof Sheets === 'undefined' ? undefined : Sheets;
  if (!drive || !sheets)
    throw new PartnerkitError(
      'Share with partners needs the advanced Drive (v3) and Sheets (v4) services: in the Apps Script editor, Services › add "Drive API" v3 and "Google Sheets API" v4 (README, "Deploy the add-on").',
    );
  return { drive, sheets };
}
