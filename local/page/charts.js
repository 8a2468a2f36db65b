// The Dashboard's charts drawn as SVG. Each has a text alternative (title and description) and
// its numbers as a table; labels wrap or move instead of being cut; shares and progress read as
// percents. The power/interest chart plots each stakeholder by name, sized by Score.
import { el, svg } from './dom.js';

const FONT = 12;
// Rough width of a character at 12px in the page's sans-serif (for placing labels, not cutting them).
const CHAR = 6.6;
let figures = 0;

/** Draws every chart of `state` into `box`. */
export function renderCharts(box, state) {
  figures = 0;
  if (state.charts.length === 0)
    return box.replaceChildren(el('p', { class: 'muted' }, 'No charts yet: run Refresh dashboard.'));
  box.replaceChildren(...state.charts.map((chart) => chartFigure(chart, state)));
}

function splitHeader(rows) {
  const first = rows[0] ?? [];
  const hasHeader = first.some((c) => typeof c === 'string' && c !== '') && rows.length > 1;
  return hasHeader
    ? { header: first, body: rows.slice(1), offset: 1 }
    : { header: [], body: rows, offset: 0 };
}

function chartFigure(chart, state) {
  figures += 1;
  const id = `chart-${figures}`;
  const title = chart.title || `${chart.type.toLowerCase()} chart on ${chart.sheet}`;
  const people = chart.type === 'BUBBLE' ? stakeholderPoints(state) : undefined;
  const drawn =
    people && people.length > 0
      ? powerInterest(people)
      : chart.type === 'SCATTER' || chart.type === 'BUBBLE'
        ? scatter(chart)
        : bars(chart);
  const caption =
    people && people.length > 0 ? 'Power / interest: each stakeholder, bubble size by Score' : title;
  drawn.svg.setAttribute('role', 'img');
  drawn.svg.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
  drawn.svg.prepend(
    svg('title', { id: `${id}-title` }, caption),
    svg('desc', { id: `${id}-desc` }, drawn.summary),
  );
  return el(
    'figure',
    { 'aria-labelledby': `${id}-caption` },
    el('figcaption', { id: `${id}-caption` }, caption),
    drawn.svg,
    el('p', { class: 'muted chart-summary' }, drawn.summary),
    el('details', {}, el('summary', {}, `Numbers behind “${caption}”`), numbersTable(caption, drawn.table)),
  );
}

function numbersTable(caption, [header, ...rows]) {
  return el(
    'table',
    { class: 'numbers' },
    el('caption', { class: 'visually-hidden' }, caption),
    el('thead', {}, el('tr', {}, ...header.map((h) => el('th', { scope: 'col' }, String(h))))),
    el('tbody', {}, ...rows.map((row) => el('tr', {}, ...row.map((c) => el('td', {}, String(c)))))),
  );
}

/** A value as the workbook shows it; shares and progress as percents even without a format. */
function shownValue(value, shown, header) {
  if (typeof shown === 'string' && shown !== '' && (shown.endsWith('%') || typeof value !== 'number'))
    return shown;
  if (typeof value !== 'number') return String(value ?? '');
  if (/progress|share|probability/i.test(String(header)) && Math.abs(value) <= 1.5)
    return `${Math.round(value * 1000) / 10}%`;
  if (shown) return shown;
  return Math.abs(value) >= 1000
    ? value.toLocaleString('en-US', { maximumFractionDigits: 0 })
    : String(Math.round(value * 100) / 100);
}

/** Text cut into lines of at most `width` characters at spaces (a long word keeps its line). */
function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of String(text).split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

function multiline(x, y, lines, attrs = {}) {
  const text = svg('text', { x, y, 'font-size': FONT, ...attrs });
  lines.forEach((line, i) => {
    text.append(svg('tspan', { x, dy: i === 0 ? 0 : FONT + 2 }, line));
  });
  return text;
}

function bars(chart) {
  const { header, body, offset } = splitHeader(chart.rows);
  const rows = body
    .map((row, i) => ({ label: row[0], value: row[1], shown: chart.shown?.[i + offset]?.[1] }))
    .filter((row) => typeof row.value === 'number' && String(row.label ?? '') !== '');
  const labels = rows.map((row) => wrap(row.label, 28));
  const values = rows.map((row) => shownValue(row.value, row.shown, header[1] ?? chart.title));
  const labelWidth = Math.min(28, Math.max(4, ...labels.flat().map((l) => l.length))) * CHAR + 8;
  const valueWidth = Math.max(3, ...values.map((v) => v.length)) * CHAR + 10;
  const width = 480;
  const barArea = Math.max(60, width - labelWidth - valueWidth);
  const max = Math.max(1e-9, ...rows.map((row) => Math.abs(row.value)));
  const root = svg('svg', { width, viewBox: `0 0 ${width} 0`, class: 'chart' });
  let y = 4;
  rows.forEach((row, i) => {
    const lines = labels[i];
    const height = Math.max(20, lines.length * (FONT + 2) + 6);
    const w = (Math.abs(row.value) / max) * barArea;
    root.append(
      multiline(0, y + 14, lines),
      svg('rect', { x: labelWidth, y, width: Math.max(1, w), height: 20, fill: '#3e7cb1' }),
      svg('text', { x: labelWidth + w + 5, y: y + 14, 'font-size': FONT }, values[i]),
    );
    y += height + 6;
  });
  if (rows.length === 0)
    root.append(svg('text', { x: 0, y: 16, 'font-size': FONT }, 'No numbers to plot yet.'));
  const height = Math.max(28, y + 4);
  root.setAttribute('height', height);
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const name = String(header[1] ?? 'value');
  const summary =
    rows.length === 0
      ? 'No numbers to plot yet.'
      : `${name} for ${rows.length} ${rows.length === 1 ? 'item' : 'items'}: ${rows
          .map((row, i) => `${row.label} ${values[i]}`)
          .join('; ')}.`;
  return {
    svg: root,
    summary,
    table: [[String(header[0] ?? 'Label'), name], ...rows.map((row, i) => [row.label, values[i]])],
  };
}

/** Each rated stakeholder from the Stakeholders tab: name, influence, interest, score, quadrant. */
function stakeholderPoints(state) {
  const tab = state.tabs.find((t) => t.name === 'Stakeholders');
  const [header = [], ...rows] = tab?.rows ?? [];
  const at = (name) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const [name, influence, interest, score, quadrant] = [
    'name',
    'influence',
    'interest',
    'score',
    'quadrant',
  ].map(at);
  if (name < 0 || influence < 0 || interest < 0) return undefined;
  return rows
    .map((row) => ({
      name: row[name] || '(no name)',
      x: Number(row[influence]),
      y: Number(row[interest]),
      score: score >= 0 && row[score] !== '' ? Number(row[score]) : undefined,
      quadrant: quadrant >= 0 ? row[quadrant] : '',
    }))
    .filter((p) => row1to5(p.x) && row1to5(p.y));
}

function row1to5(n) {
  return Number.isFinite(n) && n >= 1 && n <= 5;
}

function overlaps(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

// Stakeholders at the same rating share a spot: they sit on a small ring around it, and their
// names go in one label beside it, on whichever side is free (else a number and a key below).
function powerInterest(points) {
  const width = 560;
  const plot = { left: 48, top: 16, right: width - 16, bottom: 360 };
  const sx = (v) => plot.left + (v / 6) * (plot.right - plot.left);
  const sy = (v) => plot.bottom - (v / 6) * (plot.bottom - plot.top);
  const root = svg('svg', { width, class: 'chart' });
  root.append(...axes(plot, sx, sy));
  const groups = new Map();
  for (const p of points) {
    const key = `${p.x}×${p.y}`;
    if (!groups.has(key)) groups.set(key, { x: p.x, y: p.y, members: [] });
    groups.get(key).members.push(p);
  }
  const taken = [];
  const keyed = [];
  for (const group of groups.values()) {
    const cx = sx(group.x);
    const cy = sy(group.y);
    const n = group.members.length;
    const ring = n > 1 ? Math.min(26, 8 + 3 * n) : 0;
    group.members.forEach((p, i) => {
      const angle = (2 * Math.PI * i) / n - Math.PI / 2;
      const r =
        p.score === undefined || !Number.isFinite(p.score)
          ? 4
          : 4 + Math.max(0, Math.min(100, p.score)) * 0.09;
      const dot = svg('circle', {
        cx: cx + ring * Math.cos(angle),
        cy: cy + ring * Math.sin(angle),
        r,
        fill: '#3e7cb1',
        'fill-opacity': 0.65,
        stroke: '#1f4e79',
      });
      dot.append(
        svg('title', {}, `${p.name}: influence ${p.x}, interest ${p.y}, score ${p.score ?? 'not scored'}`),
      );
      root.append(dot);
    });
    const reach = ring + 14;
    taken.push({ x: cx - reach, y: cy - reach, w: 2 * reach, h: 2 * reach });
    group.reach = reach;
    group.cx = cx;
    group.cy = cy;
  }
  for (const group of groups.values()) {
    const names = group.members.map((p) => p.name);
    const lines = names.length > 3 ? [...names.slice(0, 2), `+${names.length - 2} more`] : names;
    const w = Math.max(...lines.map((l) => l.length)) * CHAR;
    const h = lines.length * (FONT + 2);
    const candidates = [
      { x: group.cx + group.reach, y: group.cy - h / 2, anchor: 'start' },
      { x: group.cx - group.reach - w, y: group.cy - h / 2, anchor: 'start' },
      { x: group.cx - w / 2, y: group.cy - group.reach - h, anchor: 'start' },
      { x: group.cx - w / 2, y: group.cy + group.reach, anchor: 'start' },
    ];
    const spot = candidates.find(
      (c) =>
        c.x >= 0 &&
        c.x + w <= width &&
        c.y >= 0 &&
        c.y + h <= plot.bottom &&
        !taken.some((t) => overlaps(t, { x: c.x, y: c.y, w, h })),
    );
    if (spot) {
      taken.push({ x: spot.x, y: spot.y, w, h });
      root.append(multiline(spot.x, spot.y + FONT - 2, lines, { class: 'point-label' }));
    } else {
      keyed.push({ group, number: keyed.length + 1 });
      // The number sits at the ring's upper right, clear of the bubbles; the key below names them.
      const at = group.reach * 0.75;
      root.append(
        svg('circle', { cx: group.cx + at, cy: group.cy - at, r: 8, fill: '#fff', stroke: '#1f4e79' }),
        svg(
          'text',
          {
            x: group.cx + at,
            y: group.cy - at + 4,
            'font-size': 11,
            'text-anchor': 'middle',
            'font-weight': 'bold',
          },
          String(keyed.length),
        ),
      );
    }
  }
  let y = plot.bottom + 44;
  for (const { group, number } of keyed) {
    const lines = wrap(`${number}: ${group.members.map((p) => p.name).join('; ')}`, 80);
    root.append(multiline(0, y, lines));
    y += lines.length * (FONT + 2) + 4;
  }
  root.setAttribute('height', y);
  root.setAttribute('viewBox', `0 0 ${width} ${y}`);
  const quadrants = new Map();
  for (const p of points) if (p.quadrant) quadrants.set(p.quadrant, (quadrants.get(p.quadrant) ?? 0) + 1);
  const spots = [...groups.values()].filter((g) => g.members.length > 1);
  const summary = `${points.length} rated stakeholders by influence (across, 1–5) and interest (up, 1–5)${
    quadrants.size > 0 ? `: ${[...quadrants].map(([q, n]) => `${n} ${q}`).join(', ')}` : ''
  }.${spots.length > 0 ? ` Sharing a spot: ${spots.map((g) => `${g.members.map((p) => p.name).join(' and ')} at ${g.x}, ${g.y}`).join('; ')}.` : ''} Bigger bubbles have a higher Score (0–100); unscored ones are the smallest.`;
  const table = [
    ['Name', 'Influence', 'Interest', 'Score', 'Quadrant'],
    ...points.map((p) => [p.name, p.x, p.y, p.score ?? '', p.quadrant]),
  ];
  return { svg: root, summary, table };
}

function axes(plot, sx, sy) {
  const parts = [
    svg('line', { x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, stroke: '#9aa5b1' }),
    svg('line', { x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom, stroke: '#9aa5b1' }),
    svg(
      'text',
      { x: (plot.left + plot.right) / 2, y: plot.bottom + 30, 'font-size': FONT, 'text-anchor': 'middle' },
      'Influence',
    ),
    svg(
      'text',
      {
        x: 12,
        y: (plot.top + plot.bottom) / 2,
        'font-size': FONT,
        'text-anchor': 'middle',
        transform: `rotate(-90 12 ${(plot.top + plot.bottom) / 2})`,
      },
      'Interest',
    ),
  ];
  for (let v = 1; v <= 5; v += 1) {
    parts.push(
      svg('line', { x1: sx(v), y1: plot.top, x2: sx(v), y2: plot.bottom, stroke: '#eef1f4' }),
      svg('line', { x1: plot.left, y1: sy(v), x2: plot.right, y2: sy(v), stroke: '#eef1f4' }),
      svg('text', { x: sx(v), y: plot.bottom + 14, 'font-size': 10, 'text-anchor': 'middle' }, String(v)),
      svg('text', { x: plot.left - 6, y: sy(v) + 4, 'font-size': 10, 'text-anchor': 'end' }, String(v)),
    );
  }
  return parts;
}

// Bubble data without a Stakeholders tab is [label, x, y, (series), (size)]; scatter data is [x, y].
function scatter(chart) {
  const { header, body } = splitHeader(chart.rows);
  const xi = chart.type === 'BUBBLE' ? 1 : 0;
  const points = body.filter((r) => typeof r[xi] === 'number' && typeof r[xi + 1] === 'number');
  const size = 320;
  const pad = 40;
  const xs = points.map((p) => p[xi]);
  const ys = points.map((p) => p[xi + 1]);
  const [x0, x1] = [Math.min(0, ...xs), Math.max(1, ...xs)];
  const [y0, y1] = [Math.min(0, ...ys), Math.max(1, ...ys)];
  const sx = (v) => pad + ((v - x0) / (x1 - x0 || 1)) * (size - 2 * pad);
  const sy = (v) => size - pad - ((v - y0) / (y1 - y0 || 1)) * (size - 2 * pad);
  const root = svg('svg', { width: size, height: size, viewBox: `0 0 ${size} ${size}`, class: 'chart' });
  root.append(
    svg('line', { x1: pad, y1: size - pad, x2: size - pad, y2: size - pad, stroke: '#9aa5b1' }),
    svg('line', { x1: pad, y1: pad, x2: pad, y2: size - pad, stroke: '#9aa5b1' }),
    svg(
      'text',
      { x: size / 2, y: size - 8, 'font-size': FONT, 'text-anchor': 'middle' },
      String(header[xi] ?? 'x'),
    ),
    svg('text', { x: 4, y: pad - 10, 'font-size': FONT }, String(header[xi + 1] ?? 'y')),
  );
  const count = chart.type === 'BUBBLE' ? 4 : -1;
  for (const p of points) {
    const n = typeof p[count] === 'number' ? p[count] : 1;
    const dot = svg('circle', {
      cx: sx(p[xi]),
      cy: sy(p[xi + 1]),
      r: 4 + Math.min(12, 2 * n),
      fill: '#3e7cb1',
      'fill-opacity': 0.7,
    });
    root.append(dot);
    if (chart.type === 'BUBBLE')
      root.append(svg('text', { x: sx(p[xi]) + 8, y: sy(p[xi + 1]) - 8, 'font-size': 11 }, String(n)));
  }
  const summary = `${points.length} points of ${header[xi + 1] ?? 'y'} against ${header[xi] ?? 'x'}${
    chart.type === 'BUBBLE' ? '; bubble size and label: how many stakeholders share the spot' : ''
  }.`;
  const table = [header.length > 0 ? header.map(String) : ['x', 'y'], ...points.map((p) => p.map(String))];
  return { svg: root, summary, table };
}
