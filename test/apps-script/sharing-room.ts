/** Helpers for the Partner room tests: a workbook, a run with an answer, the room as the host sees it. */
import type { WorkbookHandle } from '../../apps-script/emulator/index.ts';
import { type AddOn, call, column, rowsOf, setUpWith, tab } from './harness.ts';

export const OWNER = 'you@example.org';
export const STAKEHOLDER_HEADERS = ['Name', 'Type', 'Website', 'Emails', 'Country', 'Share Access', 'Status'];

/** A set-up workbook whose Stakeholders (and other tabs) hold these records. */
export function workbook(
  stakeholders: Record<string, unknown>[],
  more: Record<string, unknown[][]> = {},
  headers: readonly string[] = STAKEHOLDER_HEADERS,
): AddOn {
  return setUpWith({ Stakeholders: rowsOf(headers, stakeholders), ...more }, { activeUser: OWNER });
}

/** Runs shareWithPartners answering the question with `button`; returns the alerts it showed. */
export function share(addOn: AddOn, button: 'YES' | 'NO' = 'YES'): string[] {
  addOn.runtime.ui.clear();
  addOn.runtime.ui.answer({ button });
  call(addOn, 'shareWithPartners');
  return addOn.runtime.ui.alerts.map((a) => a.prompt);
}

/** The room's id from Settings ("" when none). */
export function roomId(addOn: AddOn): string {
  const keys = column(addOn, 'Settings', 'Key');
  const values = column(addOn, 'Settings', 'Value');
  const index = keys.findIndex((k) => String(k).toLowerCase() === 'partner room id');
  return index < 0 ? '' : String(values[index]);
}

/** The room as the host sees it. */
export function room(addOn: AddOn): WorkbookHandle {
  const handle = addOn.runtime.spreadsheetById(roomId(addOn));
  if (!handle) throw new Error('No Partner room was made');
  return handle;
}

/** A tab of the room: header and rows. */
export function roomTab(addOn: AddOn, name: string): { header: unknown[]; rows: unknown[][] } {
  const values = room(addOn).values(name);
  if (!values) throw new Error(`The room has no ${name} tab`);
  return { header: values[0] ?? [], rows: values.slice(1) };
}

/** Every cell of every tab of the room, as text. */
export function roomCells(addOn: AddOn): string[] {
  return room(addOn)
    .snapshot()
    .sheets.flatMap((s) => s.values.flat().map(String));
}

export { tab };
