// The local workbook page. Everything from the workbook is set as text (textContent) or drawn as
// SVG; dialogs the add-on shows run in a sandboxed frame. No innerHTML anywhere.
const SVG = 'http://www.w3.org/2000/svg';
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

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (key === 'onclick') node.addEventListener('click', value);
    else node.setAttribute(key, value);
  }
  for (const child of children)
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

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
  renderCharts();
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
  const parts = [el('p', { class: 'muted' }, `${label}: ${run.calls ?? 0} service calls`)];
  if (run.error) parts.push(el('p', { class: 'error' }, run.error));
  for (const [index, alert] of run.alerts.entries())
    parts.push(alertBox(name, label, run.alerts, alert, index));
  for (const dialog of run.dialogs) {
    const frame = el('iframe', { class: 'dialog', sandbox: '', title: dialog.title || 'Dialog' });
    frame.srcdoc = dialog.html;
    parts.push(el('h3', {}, dialog.title || 'Dialog'), frame);
  }
  for (const toast of run.toasts)
    parts.push(el('div', { class: 'toast' }, el('strong', {}, toast.title), toast.message));
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

// An alert the person has not answered offers its buttons; answering re-runs the tool with the
// answers given so far, as the add-on asks them in order.
function alertBox(name, label, alerts, alert, index) {
  const box = el('div', { class: 'alert', role: alert.kind === 'prompt' ? 'dialog' : 'alertdialog' });
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
  nav.replaceChildren(
    ...visible.map((tab) =>
      el(
        'button',
        {
          type: 'button',
          role: 'tab',
          'aria-selected': String(tab.name === activeTab),
          onclick: () => {
            activeTab = tab.name;
            renderTabs();
          },
        },
        `${tab.name} (${Math.max(0, tab.rows.length - 1)})`,
      ),
    ),
  );
  const tab = visible.find((t) => t.name === activeTab);
  const wrap = document.getElementById('table');
  if (!tab || tab.rows.length === 0) return wrap.replaceChildren(el('p', { class: 'muted' }, 'Empty tab.'));
  const [header, ...rows] = tab.rows;
  const table = el(
    'table',
    {},
    el('thead', {}, el('tr', {}, el('th', {}, '#'), ...header.map((h) => el('th', {}, h)))),
    el(
      'tbody',
      {},
      ...rows.map((row, i) =>
        el('tr', {}, el('td', {}, String(i + 2)), ...row.map((c) => el('td', { title: c }, c))),
      ),
    ),
  );
  wrap.replaceChildren(table);
  if (tab.truncated)
    wrap.append(el('p', { class: 'muted' }, 'First 1000 rows shown; the xlsx file has all.'));
}

function renderCharts() {
  const box = document.getElementById('charts');
  if (state.charts.length === 0)
    return box.replaceChildren(el('p', { class: 'muted' }, 'No charts yet: run Refresh dashboard.'));
  box.replaceChildren(...state.charts.map(chartFigure));
}

function splitHeader(rows) {
  const first = rows[0] ?? [];
  const hasHeader = first.some((c) => typeof c === 'string' && c !== '') && rows.length > 1;
  return hasHeader ? { header: first, body: rows.slice(1) } : { header: [], body: rows };
}

function chartFigure(chart) {
  const { header, body } = splitHeader(chart.rows);
  const title = chart.title || `${chart.type.toLowerCase()} chart on ${chart.sheet}`;
  const drawing =
    chart.type === 'SCATTER' || chart.type === 'BUBBLE'
      ? scatter(chart.type, header, body)
      : bars(header, body);
  return el('figure', {}, el('figcaption', {}, title), drawing);
}

function bars(header, body) {
  const rows = body.filter((r) => typeof r[1] === 'number');
  const width = 420;
  const barHeight = 20;
  const height = Math.max(1, rows.length) * (barHeight + 6) + 24;
  const max = Math.max(1e-9, ...rows.map((r) => Math.abs(r[1])));
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  root.append(svg('title', {}, header[1] ? String(header[1]) : 'values'));
  rows.forEach((row, i) => {
    const y = i * (barHeight + 6) + 4;
    const w = (Math.abs(row[1]) / max) * (width - 200);
    root.append(
      svg('text', { x: 0, y: y + 14, 'font-size': 12 }, String(row[0]).slice(0, 24)),
      svg('rect', { x: 150, y, width: Math.max(1, w), height: barHeight, fill: '#3e7cb1' }),
      svg('text', { x: 155 + w, y: y + 14, 'font-size': 12 }, formatNumber(row[1])),
    );
  });
  if (rows.length === 0)
    root.append(svg('text', { x: 0, y: 16, 'font-size': 12 }, 'No numbers to plot yet.'));
  return root;
}

// Bubble data is [label, x, y, (series), (size)]; scatter data is [x, y].
function scatter(type, header, body) {
  const xi = type === 'BUBBLE' ? 1 : 0;
  const points = body.filter((r) => typeof r[xi] === 'number' && typeof r[xi + 1] === 'number');
  const size = 300;
  const pad = 36;
  const xs = points.map((p) => p[xi]);
  const ys = points.map((p) => p[xi + 1]);
  const [x0, x1] = [Math.min(0, ...xs), Math.max(1, ...xs)];
  const [y0, y1] = [Math.min(0, ...ys), Math.max(1, ...ys)];
  const sx = (v) => pad + ((v - x0) / (x1 - x0 || 1)) * (size - 2 * pad);
  const sy = (v) => size - pad - ((v - y0) / (y1 - y0 || 1)) * (size - 2 * pad);
  const root = svg('svg', { width: size, height: size, viewBox: `0 0 ${size} ${size}`, role: 'img' });
  root.append(
    svg('line', { x1: pad, y1: size - pad, x2: size - pad, y2: size - pad, stroke: '#9aa5b1' }),
    svg('line', { x1: pad, y1: pad, x2: pad, y2: size - pad, stroke: '#9aa5b1' }),
    svg(
      'text',
      { x: size / 2, y: size - 8, 'font-size': 12, 'text-anchor': 'middle' },
      String(header[xi] ?? 'x'),
    ),
    svg('text', { x: 4, y: pad - 10, 'font-size': 12 }, String(header[xi + 1] ?? 'y')),
  );
  // Ratings are small whole numbers: label each one on both axes.
  if (x1 - x0 <= 10 && y1 - y0 <= 10) {
    for (let v = Math.ceil(x0); v <= x1; v += 1)
      root.append(
        svg('text', { x: sx(v), y: size - pad + 14, 'font-size': 10, 'text-anchor': 'middle' }, String(v)),
      );
    for (let v = Math.ceil(y0); v <= y1; v += 1)
      root.append(
        svg('text', { x: pad - 6, y: sy(v) + 4, 'font-size': 10, 'text-anchor': 'end' }, String(v)),
      );
  }
  for (const p of points) {
    const dot = svg('circle', {
      cx: sx(p[xi]),
      cy: sy(p[xi + 1]),
      r: 6,
      fill: '#3e7cb1',
      'fill-opacity': 0.7,
    });
    dot.append(svg('title', {}, `${type === 'BUBBLE' ? `${p[0]}: ` : ''}${p[xi]}, ${p[xi + 1]}`));
    root.append(dot);
  }
  return root;
}

function formatNumber(n) {
  return Math.abs(n) >= 1000
    ? n.toLocaleString('en-US', { maximumFractionDigits: 0 })
    : String(Math.round(n * 100) / 100);
}

load();
// New clips arrive from the Clipper while the page is open.
setInterval(() => {
  if (!busy && document.visibilityState === 'visible') load();
}, 5000);
