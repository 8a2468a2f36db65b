// The local workbook page. Everything from the workbook is set as text (textContent) or drawn as
// SVG; dialogs the add-on shows run in a sandboxed frame. No innerHTML anywhere.
import { renderCharts } from './charts.js';
import { el } from './dom.js';
import { isEditing, renderGrid } from './grid.js';

const BUTTONS = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};
let state;
let activeTab;
let busy = false;

// This run's session key comes in the address npm start prints (#session=…); it is kept for
// reloads of this tab and taken out of the address bar. The server refuses data without it.
const SESSION = (() => {
  const fromUrl = new URLSearchParams(location.hash.slice(1)).get('session');
  if (fromUrl) {
    sessionStorage.setItem('partnerkit-session', fromUrl);
    history.replaceState(null, '', location.pathname);
  }
  return sessionStorage.getItem('partnerkit-session') ?? '';
})();

async function load() {
  const res = await fetch('/api/state', { cache: 'no-store', headers: { 'X-Partnerkit-Session': SESSION } });
  if (res.status === 403) {
    document.getElementById('run').textContent =
      'Open the page address printed by npm start (it carries this run’s key).';
    return;
  }
  state = await res.json();
  render();
}

function render() {
  document.getElementById('endpoint').textContent = state.endpoint;
  document.getElementById('file').textContent = state.file;
  renderTools();
  renderComingUp();
  renderCharts(document.getElementById('charts'), state);
  renderTabs();
}

function renderTools() {
  const box = document.getElementById('tools');
  box.replaceChildren(
    ...state.tools.map((tool) =>
      el('button', { type: 'button', onclick: () => runTool(tool.name, tool.label, []) }, tool.label),
    ),
  );
  for (const button of box.querySelectorAll('button')) button.disabled = busy;
}

async function runTool(name, label, answers) {
  busy = true;
  renderTools();
  const panel = document.getElementById('run');
  panel.replaceChildren(el('p', { class: 'muted' }, `Running ${label}…`));
  try {
    const res = await fetch(`/run/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Partnerkit-Session': SESSION },
      body: JSON.stringify({ answers }),
    });
    const run = await res.json();
    showRun(name, label, run);
  } catch (error) {
    panel.replaceChildren(el('p', { class: 'error' }, `${label} failed: ${error}`));
  } finally {
    busy = false;
    await load();
  }
}

function showRun(name, label, run) {
  const panel = document.getElementById('run');
  // The service-call count stays in the run's data (for the bench), not in what people read.
  const parts = [];
  if (run.error) parts.push(el('p', { class: 'error' }, `${label} did not finish: ${run.error}`));
  else parts.push(el('p', { class: 'muted' }, `${label} finished.`));
  for (const [index, alert] of run.alerts.entries())
    parts.push(alertBox(name, label, run.alerts, alert, index));
  for (const dialog of run.dialogs) {
    const frame = el('iframe', { class: 'dialog', sandbox: '', title: dialog.title || 'Dialog' });
    frame.srcdoc = dialog.html;
    parts.push(el('h3', {}, dialog.title || 'Dialog'), frame);
  }
  for (const toast of run.toasts)
    parts.push(el('div', { class: 'toast' }, el('strong', {}, toast.title), toast.message));
  for (const doc of run.documents ?? []) parts.push(documentLink(doc));
  if (run.roomDownload)
    parts.push(
      el(
        'button',
        { type: 'button', onclick: () => download(run.roomDownload) },
        'Download partner-room.xlsx',
      ),
    );
  panel.replaceChildren(...parts);
}

// The room file is fetched with the session key, as all of the page's data is, then saved.
async function download(path) {
  const res = await fetch(path, { headers: { 'X-Partnerkit-Session': SESSION } });
  if (!res.ok) return;
  const link = el('a', { href: URL.createObjectURL(await res.blob()), download: 'partner-room.xlsx' });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

// A document the tool wrote beside the workbook (the local stand-in for a Google Doc). The file
// route needs the session key, so the link fetches it with the key and saves it.
function documentLink(doc) {
  const link = el('a', { href: '#', class: 'document-link' }, `Download ${doc.file}`);
  link.addEventListener('click', async (event) => {
    event.preventDefault();
    const res = await fetch(`/documents/${encodeURIComponent(doc.file)}`, {
      headers: { 'X-Partnerkit-Session': SESSION },
    });
    if (!res.ok) return;
    const url = URL.createObjectURL(await res.blob());
    const save = el('a', { href: url, download: doc.file });
    save.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  return el('p', {}, 'Saved beside the workbook: ', link);
}

// An alert the person has not answered offers its buttons; answering re-runs the tool with the
// answers given so far, as the add-on asks them in order.
function alertBox(name, label, alerts, alert, index) {
  const box = el('div', {
    class: 'alert',
    role: alert.kind === 'prompt' ? 'dialog' : 'alertdialog',
    'aria-label': alert.title || label,
  });
  if (alert.title) box.append(el('strong', {}, alert.title), el('br'));
  box.append(alert.prompt);
  if (alert.scripted || (alert.buttons === 'OK' && alert.kind === 'alert')) return box;
  const input =
    alert.kind === 'prompt' ? el('input', { type: 'text', 'aria-label': alert.prompt }) : undefined;
  if (input) box.append(el('br'), input);
  const given = alerts.slice(0, index).map((a) => a.answer);
  const buttons = el('div', { class: 'buttons' });
  for (const button of BUTTONS[alert.buttons] ?? ['OK']) {
    const answer = () => ({ button, ...(input ? { text: input.value } : {}) });
    buttons.append(
      el('button', { type: 'button', onclick: () => runTool(name, label, [...given, answer()]) }, button),
    );
  }
  box.append(buttons);
  return box;
}

function renderTabs() {
  const nav = document.getElementById('tabs');
  const visible = state.tabs.filter((t) => !t.hidden);
  if (!visible.some((t) => t.name === activeTab)) activeTab = visible[0]?.name;
  const select = (name) => {
    activeTab = name;
    renderTabs();
    document.getElementById(tabId(name))?.focus();
  };
  nav.replaceChildren(
    ...visible.map((tab, i) =>
      el(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: tabId(tab.name),
          'aria-selected': String(tab.name === activeTab),
          'aria-controls': 'table',
          tabindex: tab.name === activeTab ? '0' : '-1',
          onclick: () => select(tab.name),
          onkeydown: (event) => {
            const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
            if (!step) return;
            event.preventDefault();
            select(visible[(i + step + visible.length) % visible.length].name);
          },
        },
        `${tab.name} (${Math.max(0, tab.rows.length - 1)})`,
      ),
    ),
  );
  const tab = visible.find((t) => t.name === activeTab);
  const panel = document.getElementById('table');
  panel.setAttribute('aria-labelledby', tab ? tabId(tab.name) : '');
  if (!tab) return panel.replaceChildren(el('p', { class: 'muted' }, 'Empty tab.'));
  renderGrid(panel, tab, {
    save: saveEdit,
    reload: load,
    rerender: renderTabs,
    runTool,
    toolLabel: (name) => state.tools.find((t) => t.name === name)?.label ?? name,
  });
}

// The same deadlines the calendar feed serves (computed by the same core on the server).
function renderComingUp() {
  const { feedUrl, groups } = state.deadlines ?? { feedUrl: '', groups: [] };
  const feed = document.getElementById('calendar-feed');
  if (feedUrl)
    feed.replaceChildren(
      'Calendar feed (subscribe from a desktop calendar on this computer): ',
      el('code', { id: 'calendar-feed-url' }, feedUrl),
    );
  else
    feed.replaceChildren('Run “Deadlines calendar…” above to get an address your calendar can subscribe to.');
  const box = document.getElementById('coming-up');
  if (groups.length === 0)
    return box.replaceChildren(
      el('p', { class: 'muted' }, 'Nothing due in the next 30 days, and nothing overdue.'),
    );
  box.replaceChildren(
    ...groups.map((group) =>
      el(
        'div',
        { class: group.label === 'Overdue' ? 'week overdue' : 'week' },
        el('h3', {}, group.label),
        el(
          'ul',
          {},
          ...group.items.map((item) =>
            el(
              'li',
              { 'data-uid': item.uid, 'data-date': item.date },
              el('time', { datetime: item.date }, item.dateText),
              ` (${item.due}) `,
              el('span', { class: 'title' }, item.title),
              el('span', { class: 'muted' }, ` · ${item.tab} row ${item.row}`),
            ),
          ),
        ),
      ),
    ),
  );
}

function tabId(name) {
  return `tab-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

// One cell edit; the server checks it with the workbook's rules and journals it before answering.
async function saveEdit(edit) {
  try {
    const res = await fetch('/api/edit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Partnerkit-Session': SESSION },
      body: JSON.stringify(edit),
    });
    return await res.json();
  } catch (error) {
    return { ok: false, error: `the local workbook did not answer (${error}).` };
  }
}

load();
// New clips arrive from the Clipper while the page is open.
setInterval(() => {
  if (!busy && !isEditing() && document.visibilityState === 'visible') load();
}, 5000);
