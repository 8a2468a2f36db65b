/** The Apps Script emulation in Node: create a runtime, load the built bundle into it. */
export type { A1Box } from './a1.ts';
export { columnLetters, columnNumber, formatA1, parseA1 } from './a1.ts';
export type { CellValue } from './cell-input.ts';
export { MAX_CELL_CHARS } from './cell-input.ts';
export { textOutputOf } from './content.ts';
export { formatDate, wallTime, zonedDate } from './dates.ts';
export type { DriveChange } from './drive.ts';
export { htmlOutputOf } from './html.ts';
export type { BundleFunction } from './load-bundle.ts';
export { loadBundle } from './load-bundle.ts';
export type { Runtime, RuntimeOptions, WorkbookHandle } from './runtime.ts';
export { createRuntime } from './runtime.ts';
export type { LogRecord } from './session.ts';
export { CallCounter } from './tracking.ts';
export type { DialogAnswerRecord, HtmlDialogRecord, MenuRecord, ToastRecord, UiAnswer } from './ui.ts';
export type * from './workbook-data.ts';
