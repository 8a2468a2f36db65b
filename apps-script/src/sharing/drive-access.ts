/** Who can open the spreadsheet file now, and the Drive calls that change it. */
import type { ShareAccess } from '../../../shared/model.ts';
import type { PlannedChange } from '../../../shared/sharing/plan.ts';
import { changeSteps } from '../../../shared/sharing/plan.ts';

type File = GoogleAppsScript.Drive.File;

/** Current access by address (lower case); Drive lists commenters among viewers, so the log tells them apart. */
export function currentAccess(file: File, granted: Record<string, ShareAccess>): Record<string, ShareAccess> {
  const current: Record<string, ShareAccess> = {};
  for (const user of file.getViewers()) {
    const email = user.getEmail().toLowerCase();
    current[email] = granted[email] === 'commenter' ? 'commenter' : 'viewer';
  }
  for (const user of file.getEditors()) current[user.getEmail().toLowerCase()] = 'editor';
  return current;
}

/** Applies one change; sharing goes to named people only, never to a link, domain or the public. */
export function applyChange(file: File, change: PlannedChange): void {
  for (const step of changeSteps(change)) {
    if (step === 'removeEditor') file.removeEditor(change.email);
    else if (step === 'removeViewer') file.removeViewer(change.email);
    else if (step === 'addViewer') file.addViewer(change.email);
    else if (step === 'addCommenter') file.addCommenter(change.email);
    else file.addEditor(change.email);
  }
}
