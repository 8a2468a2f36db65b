// The tab shown as an editable grid (WAI-ARIA grid pattern). Keyboard first: arrows, Home/End and
// Page Up/Down move; Enter, F2 or typing edits; in the editor Enter saves, Escape cancels and Tab
// saves and moves right; Delete clears; Ctrl+Z undoes the last edit. The person's columns are
// editable; the columns the tools compute (the server says which, from the schema) and cells
// holding formulas are read-only. Every edit goes to the server, which checks and journals it.
import { el } from './dom.js';

const grid = {
  tab: undefined,
  r: 0,
  c: 0,
  editing: undefined,
  /** A row added with "Add row" that holds nothing yet: { tab, row, rowId }. */
  pending: undefined,
  undo: [],
  status: { text: '', error: false },
  refocus: false,
};
let view;
let ctx;

/** True while a cell editor is open (the page then waits before redrawing). */
export function isEditing() {
  return grid.editing !== undefined;
}

/** Draws `tab` into `box`; ctx: { save(edit), reload(), rerender(), runTool(name, label), toolLabel(name) }. */
export function renderGrid(box, tab, context) {
  if (grid.editing) return;
  ctx = context;
  const refocus = grid.refocus || box.contains(document.activeElement);
  grid.refocus = false;
  if (grid.tab !== tab.name)
    Object.assign(grid, { tab: tab.name, r: 0, c: firstEditable(tab), status: { text: '', error: false } });
  // A redraw (new clips arrive every few seconds) keeps the person's place in a long tab.
  const scrolled = box.querySelector('.table-wrap');
  const scroll =
    scrolled && box.dataset.tab === tab.name ? [scrolled.scrollTop, scrolled.scrollLeft] : [0, 0];
  box.dataset.tab = tab.name;
  view = viewOf(tab);
  grid.r = clamp(grid.r, 0, view.rows.length - 1);
  grid.c = clamp(grid.c, 0, tab.columns.length - 1);
  const table = view.rows.length === 0 && tab.columns.length === 0 ? undefined : gridTable(tab);
  box.replaceChildren(toolbar(tab), table ? el('div', { class: 'table-wrap' }, table) : emptyNote());
  if (tab.truncated) box.append(el('p', { class: 'muted' }, 'First 1000 rows shown; the xlsx file has all.'));
  const wrap = box.querySelector('.table-wrap');
  if (wrap) [wrap.scrollTop, wrap.scrollLeft] = scroll;
  if (refocus) cellAt(grid.r, grid.c)?.focus();
}

function emptyNote() {
  return el('p', { class: 'muted' }, 'Empty tab.');
}

function viewOf(tab) {
  const [header = [], ...rows] = tab.rows;
  const idColumn = tab.columns.findIndex((col) => col.header.trim().toLowerCase() === 'id');
  if (grid.pending?.tab === tab.name && rows.length + 2 > grid.pending.row) grid.pending = undefined;
  const shown = rows.map((row, i) => ({ cells: row, sheetRow: i + 2 }));
  if (grid.pending?.tab === tab.name) {
    const cells = header.map((_, c) => (c === idColumn ? (grid.pending.rowId ?? '') : ''));
    shown.push({ cells, sheetRow: grid.pending.row, rowId: grid.pending.rowId });
  }
  for (const row of shown) row.rowId ??= idColumn >= 0 ? row.cells[idColumn] || undefined : undefined;
  return { tab, rows: shown, formulas: new Set(tab.formulas), idColumn };
}

function clamp(n, low, high) {
  return Math.max(low, Math.min(high, n));
}

function firstEditable(tab) {
  return Math.max(
    0,
    tab.columns.findIndex((col) => col.editable),
  );
}

function editable(r, c) {
  const row = view.rows[r];
  return Boolean(row && view.tab.columns[c]?.editable && !view.formulas.has(`${row.sheetRow}:${c + 1}`));
}

function toolbar(tab) {
  const bar = el('div', { class: 'tab-bar', role: 'toolbar', 'aria-label': `${tab.name} actions` });
  for (const name of tab.tools)
    bar.append(
      el(
        'button',
        { type: 'button', onclick: () => ctx.runTool(name, ctx.toolLabel(name)) },
        ctx.toolLabel(name),
      ),
    );
  if (tab.columns.some((col) => col.editable))
    bar.append(el('button', { type: 'button', onclick: addRow }, 'Add row'));
  const lastEdit = grid.undo.at(-1);
  bar.append(
    el(
      'button',
      {
        type: 'button',
        onclick: undo,
        disabled: !lastEdit,
        title: lastEdit ? undoLabel(lastEdit) : undefined,
      },
      'Undo last edit',
    ),
  );
  const status = el(
    'p',
    { class: grid.status.error ? 'status error' : 'status', role: 'status' },
    grid.status.text,
  );
  return el('div', {}, bar, status);
}

function gridTable(tab) {
  const hint = el(
    'p',
    { id: 'grid-hint', class: 'muted hint' },
    'Arrow keys move; Enter or typing edits; Enter saves; Escape cancels; Ctrl+Z undoes. Grey columns are filled in by the tools.',
  );
  const head = el(
    'tr',
    { role: 'row' },
    el('th', { role: 'columnheader', scope: 'col' }, 'Row'),
    ...tab.columns.map((col) =>
      el(
        'th',
        {
          role: 'columnheader',
          scope: 'col',
          class: col.editable ? undefined : 'computed',
          title: col.editable ? undefined : 'Filled in by Partnerkit; not edited here',
        },
        col.header,
      ),
    ),
  );
  const body = el(
    'tbody',
    {},
    ...view.rows.map((row, r) =>
      el(
        'tr',
        { role: 'row' },
        el('th', { role: 'rowheader', scope: 'row' }, String(row.sheetRow)),
        ...tab.columns.map((col, c) => gridCell(row, r, col, c)),
      ),
    ),
  );
  const table = el(
    'table',
    {
      role: 'grid',
      'aria-label': `${tab.name} tab`,
      'aria-describedby': 'grid-hint',
      onkeydown: onGridKey,
      ondblclick: (event) => {
        if (cellIndex(event.target)) startEdit();
      },
      onclick: (event) => {
        const at = cellIndex(event.target);
        if (at) moveTo(at.r, at.c);
      },
    },
    el('thead', {}, head),
    body,
  );
  return el('div', {}, hint, table);
}

function gridCell(row, r, col, c) {
  const text = row.cells[c] ?? '';
  const canEdit = editable(r, c);
  return el(
    'td',
    {
      role: 'gridcell',
      tabindex: r === grid.r && c === grid.c ? '0' : '-1',
      'data-r': String(r),
      'data-c': String(c),
      'aria-readonly': canEdit ? undefined : 'true',
      class: [canEdit ? '' : 'computed', col.kind === 'number' ? 'number' : ''].join(' ').trim() || undefined,
      title: text.length > 40 ? text : undefined,
    },
    text,
  );
}

function cellIndex(target) {
  const td = target?.closest?.('td[data-r]');
  return td ? { r: Number(td.dataset.r), c: Number(td.dataset.c) } : undefined;
}

function cellAt(r, c) {
  return document.querySelector(`td[data-r="${r}"][data-c="${c}"]`);
}

function moveTo(r, c) {
  const old = cellAt(grid.r, grid.c);
  grid.r = clamp(r, 0, view.rows.length - 1);
  grid.c = clamp(c, 0, view.tab.columns.length - 1);
  const next = cellAt(grid.r, grid.c);
  if (!next) return;
  old?.setAttribute('tabindex', '-1');
  next.setAttribute('tabindex', '0');
  next.focus();
  next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

const MOVES = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  PageUp: [-10, 0],
  PageDown: [10, 0],
};

function onGridKey(event) {
  if (grid.editing || !cellIndex(event.target)) return;
  const { key } = event;
  const command = event.ctrlKey || event.metaKey;
  let handled = true;
  if (MOVES[key]) moveTo(grid.r + MOVES[key][0], grid.c + MOVES[key][1]);
  else if (key === 'Home') moveTo(command ? 0 : grid.r, 0);
  else if (key === 'End') moveTo(command ? view.rows.length - 1 : grid.r, view.tab.columns.length - 1);
  else if (key === 'Enter' || key === 'F2') startEdit();
  else if (key === 'Delete' || key === 'Backspace') clearCell();
  else if (command && key.toLowerCase() === 'z') undo();
  else if (key.length === 1 && !command && !event.altKey) startEdit(key);
  else handled = false;
  if (handled) event.preventDefault();
}

function refuse() {
  const row = view.rows[grid.r];
  const col = view.tab.columns[grid.c];
  const why = view.formulas.has(`${row?.sheetRow}:${grid.c + 1}`)
    ? 'holds a formula: change it in your spreadsheet program'
    : 'is filled in by Partnerkit, not typed';
  setStatus(`${col?.header ?? 'This cell'} ${why}.`, true);
}

function clearCell() {
  if (!editable(grid.r, grid.c)) return refuse();
  if ((view.rows[grid.r].cells[grid.c] ?? '') !== '') save('');
}

function editorFor(col, current, initial) {
  const label = `${col.header}, row ${view.rows[grid.r].sheetRow}`;
  if (col.choices && !col.strict) return listInput(col, current, initial, label);
  if (col.choices) {
    const options = ['', ...col.choices];
    if (current !== '' && !options.includes(current)) options.push(current);
    const typed = initial?.toLowerCase();
    const picked =
      typed === undefined ? current : (options.find((o) => o.toLowerCase().startsWith(typed)) ?? current);
    const select = el(
      'select',
      { 'aria-label': label },
      ...options.map((o) => el('option', { value: o }, o === '' ? '(blank)' : o)),
    );
    select.value = picked;
    return select;
  }
  const isDay = col.kind === 'date' && /^(\d{4}-\d{2}-\d{2})?$/.test(current) && !/h/.test(col.format ?? '');
  const input = el('input', {
    type: isDay ? 'date' : 'text',
    'aria-label': label,
    inputmode: col.kind === 'number' ? 'decimal' : undefined,
    placeholder: col.kind === 'date' ? 'YYYY-MM-DD' : undefined,
  });
  input.value = isDay || initial === undefined ? current : initial;
  return input;
}

// A dropdown that only warns (not strict) suggests its values but takes any text, as in Sheets.
function listInput(col, current, initial, label) {
  const input = el('input', { type: 'text', 'aria-label': label, list: 'grid-choices' });
  input.value = initial ?? current;
  const list = el('datalist', { id: 'grid-choices' }, ...col.choices.map((o) => el('option', { value: o })));
  input.addEventListener('focus', () => input.after(list), { once: true });
  return input;
}

function startEdit(initial) {
  if (!editable(grid.r, grid.c)) return refuse();
  const cell = cellAt(grid.r, grid.c);
  const col = view.tab.columns[grid.c];
  const current = view.rows[grid.r].cells[grid.c] ?? '';
  const editor = editorFor(col, current, initial);
  grid.editing = { cell, current, editor };
  editor.addEventListener('keydown', onEditorKey);
  editor.addEventListener('blur', () => finishEdit(true));
  cell.classList.add('editing');
  cell.replaceChildren(editor);
  editor.focus();
}

function onEditorKey(event) {
  event.stopPropagation();
  if (event.key === 'Enter') {
    event.preventDefault();
    finishEdit(true);
  } else if (event.key === 'Escape') {
    event.preventDefault();
    finishEdit(false);
  } else if (event.key === 'Tab') {
    event.preventDefault();
    finishEdit(true).then(() => moveTo(grid.r, grid.c + (event.shiftKey ? -1 : 1)));
  }
}

async function finishEdit(keep) {
  const editing = grid.editing;
  if (!editing) return;
  grid.editing = undefined;
  const value = editing.editor.value;
  editing.cell.classList.remove('editing');
  editing.cell.replaceChildren(keep ? value : editing.current);
  editing.cell.focus();
  if (keep && value !== editing.current) await save(value);
}

async function save(value) {
  const row = view.rows[grid.r];
  const col = view.tab.columns[grid.c];
  const edit = { tab: view.tab.name, row: row.sheetRow, rowId: row.rowId, column: col.header, value };
  setStatus('Saving…', false);
  const result = await ctx.save(edit);
  if (result.ok) {
    grid.undo.push({ ...edit, row: result.row, value: result.previous });
    const tools = view.tab.tools.map((name) => ctx.toolLabel(name));
    const next = tools.length > 0 ? ` To update what the tools work out, run ${tools.join(' or ')}.` : '';
    setStatus(`Saved ${col.header} in row ${result.row}: ${result.shown || '(blank)'}.${next}`, false);
  } else setStatus(`Not saved: ${result.error}`, true);
  grid.refocus = true;
  await ctx.reload();
}

function undoLabel(edit) {
  return `Set ${edit.column} in row ${edit.row} back to ${edit.value || '(blank)'}`;
}

async function undo() {
  const edit = grid.undo.pop();
  if (!edit) return setStatus('Nothing to undo.', false);
  setStatus('Undoing…', false);
  const result = await ctx.save(edit);
  if (result.ok)
    setStatus(`Undone: ${edit.column} in row ${result.row} is ${result.shown || 'blank'} again.`, false);
  else {
    grid.undo.push(edit);
    setStatus(`Could not undo: ${result.error}`, true);
  }
  grid.refocus = true;
  await ctx.reload();
}

function addRow() {
  const rows = view.rows.filter((row) => row !== view.rows.at(-1) || !grid.pending);
  const row = (grid.pending?.tab === view.tab.name ? grid.pending.row - 1 : rows.length + 1) + 1;
  const rowId = view.idColumn >= 0 ? (grid.pending?.rowId ?? crypto.randomUUID()) : undefined;
  grid.pending = { tab: view.tab.name, row, rowId };
  grid.r = row - 2;
  grid.c = firstEditable(view.tab);
  grid.refocus = true;
  setStatus(`Row ${row} added: type its values (nothing is saved until you enter one).`, false);
}

function setStatus(text, error) {
  grid.status = { text, error };
  const node = document.querySelector('.tab-bar + .status');
  if (node) {
    node.textContent = text;
    node.className = error ? 'status error' : 'status';
  }
  if (text.startsWith('Row ') || text.startsWith('Saving') || text.startsWith('Undoing')) ctx?.rerender?.();
}
