// wirewatch dashboard: live alert feed, stance timeline, alerts by dyad, pipeline health.
// Plain ES module, no dependencies. Every piece of data reaches the page through textContent or
// setAttribute, never innerHTML, so a quote cannot inject markup.

const TOPICS = {
  'alerts.stance-shifts': { field: 'stanceShift', label: 'Stance shift', css: 'stance-shift' },
  'alerts.new-transfers': { field: 'newTransfer', label: 'New transfer', css: 'new-transfer' },
  'alerts.sanctions': { field: 'sanction', label: 'Sanctions', css: 'sanction' },
};
const MAX_ALERTS = 300;
const HEALTH_EVERY_MS = 5000;
const SVG_NS = 'http://www.w3.org/2000/svg';

// Stance colours: reds for -1, ambers and grey for 0, greens and blues for +1 (the y position
// repeats the score, so colour is never the only cue).
const STANCE_COLOURS = {
  DENY: '#b91c1c', REFUSE: '#7f1d1d', DISPUTE: '#e11d48', OPPOSE: '#9d174d', LIFT: '#c2410c', CONDEMN: '#881337',
  NON_DENIAL: '#b45309', CONSIDER: '#a16207', THREATEN: '#d97706', NEUTRAL: '#4b5563',
  ACKNOWLEDGE: '#15803d', PLEDGE: '#166534', ALLEGE: '#0f766e', IMPOSE: '#1d4ed8', COMPLY: '#0369a1', SUPPORT: '#047857',
};

const alerts = new Map(); // alertId -> {type, alert}
const $ = (id) => document.getElementById(id);

// ---- small DOM helpers -------------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Only http(s) links are made clickable; anything else (javascript:, data:) stays text. */
function safeUrl(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    const error = new Error(`${path}: HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

// ---- time --------------------------------------------------------------------------------------

/** Instants arrive as ISO strings; epoch seconds are accepted too, in case a mapper writes numbers. */
function toDate(value) {
  if (value === null || value === undefined) return null;
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const pad = (n) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** UTC, as wire desks read it: "17 Oct 2022 09:30 UTC". */
function formatTime(value) {
  const d = toDate(value);
  if (!d) return '—';
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

function timeElement(value, cls = 'time') {
  const d = toDate(value);
  return el('time', { class: cls, datetime: d ? d.toISOString() : null }, formatTime(value));
}

/** Within a day, only the clock time: "00:02:26 UTC"; else as formatTime. */
function formatRecent(value) {
  const d = toDate(value);
  if (!d) return '—';
  if (Date.now() - d.getTime() > 86400e3) return formatTime(value);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}

function formatAge(value) {
  const d = toDate(value);
  if (!d) return '';
  const seconds = Math.max(0, Math.round((Date.now() - d.getTime()) / 1000));
  if (seconds < 90) return `${seconds} s ago`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 172800) return `${Math.round(seconds / 3600)} h ago`;
  return `${Math.round(seconds / 86400)} days ago`;
}

// ---- alert text --------------------------------------------------------------------------------

/** "ARMS_TRANSFER IRN→RUS", "SANCTIONS USA→any", "ALIGNMENT RUS", with a category when narrower. */
function topicText(topic) {
  if (!topic) return '?';
  switch (topic.kind) {
    case 'ARMS_TRANSFER': {
      const category = topic.category && topic.category !== 'UNSPECIFIED' ? ` (${topic.category})` : '';
      return `ARMS_TRANSFER ${topic.supplier}→${topic.recipient}${category}`;
    }
    case 'SANCTIONS':
      return `SANCTIONS ${topic.imposer}→${topic.target ?? 'any'}`;
    case 'ALIGNMENT':
      return `ALIGNMENT ${topic.party}`;
    default:
      return String(topic.kind);
  }
}

/** "ARMS_TRANSFER:IRN>RUS" → "ARMS_TRANSFER IRN→RUS". */
function lineText(line) {
  return String(line).replace(':', ' ').replace('>', '→').replace(/→\*$/, '→any');
}

function headline(type, a) {
  switch (type) {
    case 'alerts.stance-shifts':
      return `${a.state} on ${topicText(a.topic)}: ${a.from?.stance} → ${a.to?.stance}`;
    case 'alerts.new-transfers': {
      const w = a.weapon ?? {};
      const system = w.system ? ` (${w.system})` : '';
      const by = a.assertedBy ? ` by ${a.assertedBy}` : '';
      return `New transfers ${a.supplier}→${a.recipient}: ${w.category}${system} ${a.modality}${by}`;
    }
    case 'alerts.sanctions': {
      const n = a.targetEntities?.length ?? 0;
      const entities = n ? ` (${n} ${n === 1 ? 'entity' : 'entities'})` : '';
      return `Sanctions ${a.imposer}→${a.target}: ${a.action}${entities}`;
    }
    default:
      return a.alertId;
  }
}

/** The story time an alert is about (the same as the server's Alert.at()). */
function alertTime(type, a) {
  if (type === 'alerts.stance-shifts') return a.to?.at;
  if (type === 'alerts.new-transfers') return a.reportedAt;
  return a.announcedAt;
}

function alertStates(type, a) {
  if (type === 'alerts.stance-shifts') return [a.state];
  if (type === 'alerts.new-transfers') return [a.supplier, a.recipient];
  return [a.target, a.imposer];
}

// ---- feed --------------------------------------------------------------------------------------

function evidenceList(items, side) {
  const list = el('ul', { class: `evidence ${side ? `evidence-${side}` : ''}`.trim() });
  if (!items || items.length === 0) {
    list.append(el('li', { class: 'muted' }, 'No evidence recorded.'));
    return list;
  }
  for (const e of items) {
    const href = safeUrl(e.url);
    list.append(el('li', { class: 'evidence-item' },
      el('blockquote', { class: 'quote' }, `“${e.quote ?? ''}”`),
      el('p', { class: 'source' },
        e.speaker ? el('span', { class: 'speaker' }, e.speaker) : el('span', { class: 'speaker muted' }, 'speaker not named'),
        ' · ',
        href
          ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'story-link' }, 'open story')
          : el('span', { class: 'story-id muted', title: 'no URL for this story' }, e.storyId ?? 'story'))));
  }
  return list;
}

function facts(pairs) {
  const dl = el('dl', { class: 'facts' });
  for (const [term, value] of pairs) {
    if (value === null || value === undefined || value === '') continue;
    dl.append(el('div', {}, el('dt', {}, term), el('dd', {}, value)));
  }
  return dl;
}

function stanceChip(stance, score) {
  return el('span', { class: `chip stance-${stance}`, style: `--stance:${STANCE_COLOURS[stance] ?? '#374151'}` },
    `${stance} (${score > 0 ? '+' : ''}${score})`);
}

function alertBody(type, a) {
  if (type === 'alerts.stance-shifts') {
    return [
      el('div', { class: 'sides' },
        el('section', { class: 'side side-from' },
          el('h3', {}, 'Before ', stanceChip(a.from.stance, a.from.score)),
          el('p', { class: 'muted' }, 'held since ', timeElement(a.from.since)),
          evidenceList(a.from.evidence, 'from')),
        el('section', { class: 'side side-to' },
          el('h3', {}, 'Now ', stanceChip(a.to.stance, a.to.score)),
          el('p', { class: 'muted' }, 'said ', timeElement(a.to.at)),
          evidenceList(a.to.evidence, 'to'))),
      facts([['Magnitude', String(a.magnitude)], ['Detected', formatTime(a.detectedAt)]]),
    ];
  }
  if (type === 'alerts.new-transfers') {
    const w = a.weapon ?? {};
    return [
      facts([
        ['Weapon', [w.category, w.system, w.quantity && `quantity: ${w.quantity}`].filter(Boolean).join(' · ')],
        ['Modality', a.modality],
        ['Asserted by', a.assertedBy ?? 'the story itself'],
        ['Previous report', a.previousReportAt ? formatTime(a.previousReportAt) : 'none in the stream'],
        ['Detected', formatTime(a.detectedAt)],
      ]),
      evidenceList(a.evidence),
    ];
  }
  return [
    facts([
      ['Action', a.action],
      ['Entities', (a.targetEntities ?? []).join(', ') || 'none named'],
      ['Reason', a.reason ?? 'not stated'],
      ['Detected', formatTime(a.detectedAt)],
    ]),
    evidenceList(a.evidence),
  ];
}

function domId(alertId) {
  return `alert-${String(alertId).replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function alertCard(type, a, live) {
  const topic = TOPICS[type];
  const id = domId(a.alertId);
  const body = el('div', { class: 'alert-body', id: `${id}-body`, hidden: true },
    alertBody(type, a),
    el('p', { class: 'actions' }, ...alertStates(type, a).filter(Boolean).map((state) =>
      el('button', { type: 'button', class: 'link-button show-timeline', 'data-state': state }, `${state} timeline`))));
  const head = el('button', { type: 'button', class: 'alert-head', 'aria-expanded': 'false', 'aria-controls': `${id}-body` },
    el('span', { class: `badge sev-${a.severity}` }, a.severity),
    el('span', { class: 'kind' }, topic.label),
    el('span', { class: 'headline' }, headline(type, a)),
    timeElement(alertTime(type, a)));
  const card = el('li', {
    class: `alert type-${topic.css} sev-${a.severity}${live ? ' is-new' : ''}`,
    id,
    'data-alert-id': a.alertId,
    'data-type': type,
  }, head, body);
  head.addEventListener('click', () => {
    const open = body.hidden;
    body.hidden = !open;
    head.setAttribute('aria-expanded', String(open));
    card.classList.toggle('is-open', open);
  });
  body.addEventListener('click', (event) => {
    const button = event.target.closest('.show-timeline');
    if (button) showState(button.dataset.state, stanceKey(type, a));
  });
  card.addEventListener('animationend', () => card.classList.remove('is-new'));
  return card;
}

/** The stance line key of a stance-shift alert (state|line), to preselect it in the timeline. */
function stanceKey(type, a) {
  if (type !== 'alerts.stance-shifts' || !a.topic) return null;
  const t = a.topic;
  const line = t.kind === 'ARMS_TRANSFER' ? `ARMS_TRANSFER:${t.supplier}>${t.recipient}`
    : t.kind === 'SANCTIONS' ? `SANCTIONS:${t.imposer}>${t.target ?? '*'}`
      : `ALIGNMENT:${t.party}`;
  return `${a.state}|${line}`;
}

/**
 * Adds an alert once (the stream may repeat alerts after a reconnect). Live alerts go on top;
 * the initial list keeps the server's order (newest first) by appending.
 */
function addAlert(type, a, { live }) {
  if (!a || !a.alertId || !TOPICS[type] || alerts.has(a.alertId)) return false;
  alerts.set(a.alertId, { type, alert: a });
  const feed = $('feed');
  const card = alertCard(type, a, live);
  if (live) feed.prepend(card); else feed.append(card);
  while (feed.children.length > MAX_ALERTS) {
    const last = feed.lastElementChild;
    alerts.delete(last.dataset.alertId);
    last.remove();
  }
  return true;
}

function afterAlertsChanged() {
  $('feed-empty').hidden = alerts.size > 0;
  $('alert-count').textContent = `${alerts.size} alert${alerts.size === 1 ? '' : 's'}`;
  renderDyads();
}

function entryAlert(entry) {
  const topic = TOPICS[entry?.type];
  return topic ? entry[topic.field] : null;
}

async function loadRecentAlerts() {
  try {
    const entries = await getJson('/api/alerts?limit=50');
    for (const entry of entries) addAlert(entry.type, entryAlert(entry), { live: false });
  } catch (error) {
    setConn('error', `could not load alerts (${error.message})`);
  }
  afterAlertsChanged();
}

// ---- live stream -------------------------------------------------------------------------------

function setConn(state, text) {
  const conn = $('conn');
  conn.dataset.state = state;
  conn.textContent = text;
}

let stream = null;

/**
 * EventSource reconnects by itself (sending Last-Event-ID) after a dropped connection. It gives up
 * only when the server answers with an error status; then the page opens a new one after a pause
 * and reloads the recent alerts to fill the gap (duplicates are ignored by id).
 */
function connectStream() {
  stream = new EventSource('/api/alerts/stream');
  stream.addEventListener('open', () => setConn('live', 'live'));
  stream.addEventListener('error', () => {
    if (stream.readyState === EventSource.CLOSED) {
      setConn('down', 'stream closed; retrying…');
      stream.close();
      setTimeout(() => { connectStream(); loadRecentAlerts(); }, 5000);
    } else {
      setConn('connecting', 'reconnecting…');
    }
  });
  for (const type of Object.keys(TOPICS)) {
    stream.addEventListener(type, (event) => {
      let alert;
      try {
        alert = JSON.parse(event.data);
      } catch {
        return; // a malformed event is dropped, the stream goes on
      }
      if (addAlert(type, alert, { live: true })) afterAlertsChanged();
    });
  }
}

// ---- dyads -------------------------------------------------------------------------------------

function renderDyads() {
  const counts = new Map();
  const bump = (supplier, recipient, field) => {
    const key = `${supplier}→${recipient}`;
    const row = counts.get(key) ?? { key, transfers: 0, shifts: 0 };
    row[field] += 1;
    counts.set(key, row);
  };
  for (const { type, alert } of alerts.values()) {
    if (type === 'alerts.new-transfers') bump(alert.supplier, alert.recipient, 'transfers');
    if (type === 'alerts.stance-shifts' && alert.topic?.kind === 'ARMS_TRANSFER') {
      bump(alert.topic.supplier, alert.topic.recipient, 'shifts');
    }
  }
  const rows = [...counts.values()]
    .sort((x, y) => (y.transfers + y.shifts) - (x.transfers + x.shifts) || x.key.localeCompare(y.key));
  const body = $('dyads').tBodies[0];
  body.replaceChildren(...rows.map((r) => el('tr', { 'data-dyad': r.key },
    el('th', { scope: 'row' }, r.key),
    el('td', { class: 'num' }, r.transfers),
    el('td', { class: 'num' }, r.shifts),
    el('td', { class: 'num total' }, r.transfers + r.shifts))));
  if (rows.length === 0) {
    body.append(el('tr', { class: 'empty-row' }, el('td', { colspan: 4, class: 'muted' }, 'No arms-transfer alerts yet.')));
  }
}

// ---- stance timeline ---------------------------------------------------------------------------

let selectedState = null;

async function showState(rawState, preferredKey = null) {
  const state = String(rawState ?? '').trim().toUpperCase();
  const message = $('state-message');
  if (!/^[A-Z0-9]{2,4}$/.test(state)) {
    message.textContent = 'Enter a state code such as IRN, RUS, USA, EU.';
    return;
  }
  selectedState = state;
  $('state-input').value = state;
  message.textContent = 'loading…';
  const url = new URL(location.href);
  url.searchParams.set('state', state);
  history.replaceState(null, '', url);
  let stances;
  try {
    stances = await getJson(`/api/states/${encodeURIComponent(state)}/stances`);
  } catch (error) {
    message.textContent = `could not load ${state}'s stances (${error.message})`;
    return;
  }
  if (selectedState !== state) return; // another state was chosen meanwhile
  const lines = groupLines(stances);
  message.textContent = lines.length ? `${lines.length} line${lines.length === 1 ? '' : 's'}` : `no stance known for ${state}`;
  $('lines').replaceChildren(...lines.map((line) => el('li', {},
    el('button', { type: 'button', class: 'line', 'data-key': line.key, 'aria-pressed': 'false' },
      el('span', { class: 'line-name' }, lineText(line.line)),
      ...line.current.map((c) => el('span', { class: 'line-current' },
        c.category && c.category !== 'UNSPECIFIED' ? `${c.category}: ` : '', stanceChip(c.stance, c.score)))))));
  // the line asked for (from a clicked alert), else the one whose position changed last
  const latest = (l) => Math.max(...l.current.map((c) => toDate(c.since)?.getTime() ?? 0));
  const chosen = lines.find((l) => l.key === preferredKey) ?? [...lines].sort((a, b) => latest(b) - latest(a))[0];
  if (chosen) showLine(chosen.key);
  else $('chart-figure').hidden = true;
  $('timeline-panel').scrollIntoView({ block: 'nearest' });
}

/** CurrentStance rows are per line and weapon category; the timeline is per line. */
function groupLines(stances) {
  const byKey = new Map();
  for (const s of stances ?? []) {
    const entry = byKey.get(s.key) ?? { key: s.key, line: s.line, current: [] };
    entry.current.push(s);
    byKey.set(s.key, entry);
  }
  return [...byKey.values()].sort((a, b) => a.line.localeCompare(b.line));
}

async function showLine(key) {
  for (const button of document.querySelectorAll('#lines .line')) {
    button.setAttribute('aria-pressed', String(button.dataset.key === key));
  }
  let history;
  try {
    history = await getJson(`/api/stances/${encodeURIComponent(key)}/history`);
  } catch (error) {
    $('state-message').textContent = `could not load the history of ${key} (${error.message})`;
    return;
  }
  drawTimeline(history);
  // after drawing: the chart, shown, is what leaves the list its height
  const chosen = document.querySelector('#lines .line[aria-pressed="true"]');
  if (chosen) scrollListTo($('lines'), chosen);
}

/**
 * A long list of lines scrolls in its own box; a line chosen for the analyst (the latest, or the
 * clicked alert's) is scrolled into it. Only the list moves, never the panel or the page.
 */
function scrollListTo(list, item) {
  const box = list.getBoundingClientRect();
  const at = item.getBoundingClientRect();
  if (at.top < box.top) list.scrollTop -= box.top - at.top;
  else if (at.bottom > box.bottom) list.scrollTop += at.bottom - box.bottom;
}

const GRID_LAYOUT = window.matchMedia('(min-width: 1100px)'); // as in app.css
let shownHistory = null;
let drawnSize = '';

/**
 * The chart is drawn at the pixel size of its box, in units of the root font size, so its labels
 * stay as readable as the text around them (large on a wall screen). In the grid layout the box
 * has the height the panel leaves; in one column the chart is a third as high as it is wide.
 */
function chartSize() {
  const box = $('chart');
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 15;
  const width = Math.max(320, box.clientWidth);
  const height = GRID_LAYOUT.matches && box.clientHeight > 0 ? box.clientHeight : Math.max(14 * rem, width / 3);
  return { width, height, rem };
}

function redrawOnResize() {
  let pending = false;
  new ResizeObserver(() => {
    if (pending || !shownHistory) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const { width, height } = chartSize();
      if (`${width}x${height}` !== drawnSize) drawTimeline(shownHistory, { keepDetail: true });
    });
  }).observe($('chart'));
}

function drawTimeline(history, { keepDetail = false } = {}) {
  shownHistory = history;
  const points = (history.points ?? [])
    .map((p) => ({ ...p, date: toDate(p.at) }))
    .filter((p) => p.date)
    .sort((a, b) => a.date - b.date);
  $('chart-figure').hidden = false;
  $('chart-caption').replaceChildren(
    el('strong', {}, `${history.state} on ${lineText(history.line)}`),
    el('span', { class: 'muted' }, ` · ${points.length} statement${points.length === 1 ? '' : 's'}`));
  if (!keepDetail) $('point-detail').replaceChildren(el('p', { class: 'muted hint' }, 'Click a point for its quote and story.'));

  const { width, height, rem } = chartSize();
  drawnSize = `${width}x${height}`;
  const [left, right, top, bottom] = [3 * rem, 1.6 * rem, 1.4 * rem, 2.4 * rem];
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  let t0 = points.length ? points[0].date.getTime() : Date.now();
  let t1 = points.length ? points[points.length - 1].date.getTime() : t0;
  if (t1 - t0 < 60000) { t0 -= 43200000; t1 += 43200000; } // a single moment: show half a day each side
  const pad = (t1 - t0) * 0.04;
  t0 -= pad; t1 += pad;
  const x = (date) => left + ((date.getTime() - t0) / (t1 - t0)) * plotW;
  const y = (score) => top + ((1 - score) / 2) * plotH;

  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'img',
    'aria-label': `Stance of ${history.state} on ${lineText(history.line)} over time`,
    'data-key': history.key,
  });
  // axes: the three scores, and time ticks
  for (const score of [1, 0, -1]) {
    chart.append(
      svg('line', { class: `grid grid-${score}`, x1: left, x2: width - right, y1: y(score), y2: y(score) }),
      svg('text', { class: 'axis-label', x: left - 0.6 * rem, y: y(score) + 0.3 * rem, 'text-anchor': 'end' }, score > 0 ? '+1' : String(score)));
  }
  for (const tick of timeTicks(t0, t1, 7)) {
    chart.append(
      svg('line', { class: 'tick', x1: x(tick), x2: x(tick), y1: top + plotH, y2: top + plotH + 0.4 * rem }),
      svg('text', { class: 'axis-label', x: x(tick), y: height - 0.6 * rem, 'text-anchor': 'middle' }, tickLabel(tick, t1 - t0)));
  }
  // the line as a step path through the state's own (non-background) statements
  const own = points.filter((p) => !p.background);
  if (own.length > 1) {
    let d = `M${x(own[0].date)},${y(own[0].score)}`;
    for (const p of own.slice(1)) d += ` H${x(p.date)} V${y(p.score)}`;
    chart.append(svg('path', { class: 'step', d }));
  }
  // shifts: a vertical marker and a ring, under the points
  for (const p of points.filter((q) => q.shift)) {
    chart.append(
      svg('line', { class: 'shift-marker', x1: x(p.date), x2: x(p.date), y1: top, y2: top + plotH }),
      svg('circle', { class: 'shift-ring', cx: x(p.date), cy: y(p.score), r: 0.9 * rem }));
  }
  points.forEach((p, i) => {
    const colour = STANCE_COLOURS[p.stance] ?? '#374151';
    const quote = p.evidence?.quote ? ` — ${p.evidence.speaker ? `${p.evidence.speaker}: ` : ''}“${p.evidence.quote}”` : '';
    const circle = svg('circle', {
      class: `point stance-${p.stance}${p.shift ? ' is-shift' : ''}${p.background ? ' is-background' : ''}`,
      cx: x(p.date), cy: y(p.score), r: 0.5 * rem,
      fill: p.background ? '#ffffff' : colour, stroke: colour,
      'data-stance': p.stance, 'data-index': i, tabindex: 0,
    }, svg('title', {}, `${formatTime(p.at)} · ${p.stance} (${p.score})${p.category && p.category !== 'UNSPECIFIED' ? ` · ${p.category}` : ''}${p.background ? ' · recalled as said earlier' : ''}${p.shift ? ' · SHIFT' : ''}${quote}`));
    circle.addEventListener('click', () => showPoint(p));
    circle.addEventListener('keydown', (event) => { if (event.key === 'Enter') showPoint(p); });
    chart.append(circle);
  });
  if (points.length === 0) {
    chart.append(svg('text', { class: 'axis-label', x: width / 2, y: height / 2, 'text-anchor': 'middle' }, 'No statements on this line yet.'));
  }
  $('chart').replaceChildren(chart);
  drawLegend(points);
}

function drawLegend(points) {
  const stances = [...new Set(points.map((p) => p.stance))]
    .sort((a, b) => Object.keys(STANCE_COLOURS).indexOf(a) - Object.keys(STANCE_COLOURS).indexOf(b));
  const items = stances.map((s) => el('li', { 'data-stance': s },
    el('span', { class: 'swatch', style: `background:${STANCE_COLOURS[s] ?? '#374151'}` }), s));
  items.push(el('li', { class: 'legend-shift' }, el('span', { class: 'swatch ring' }), 'shift (alert raised)'));
  if (points.some((p) => p.background)) {
    items.push(el('li', { class: 'legend-background' }, el('span', { class: 'swatch hollow' }), 'recalled as said earlier'));
  }
  $('legend').replaceChildren(...items);
}

function showPoint(p) {
  $('point-detail').replaceChildren(
    el('p', {}, stanceChip(p.stance, p.score), ' ', timeElement(p.at),
      p.category && p.category !== 'UNSPECIFIED' ? ` · ${p.category}` : '',
      p.shift ? el('strong', { class: 'shift-label' }, ' · shift') : '',
      p.background ? el('span', { class: 'muted' }, ' · recalled as said earlier') : ''),
    evidenceList(p.evidence ? [p.evidence] : []));
}

function timeTicks(t0, t1, count) {
  const steps = [3600e3, 6 * 3600e3, 86400e3, 2 * 86400e3, 7 * 86400e3, 14 * 86400e3, 30 * 86400e3, 91 * 86400e3, 365 * 86400e3];
  const step = steps.find((s) => (t1 - t0) / s <= count) ?? steps[steps.length - 1];
  const ticks = [];
  for (let t = Math.ceil(t0 / step) * step; t <= t1; t += step) ticks.push(new Date(t));
  return ticks;
}

function tickLabel(date, span) {
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  if (span < 2 * 86400e3) return `${day} ${pad(date.getUTCHours())}:00`;
  if (span > 400 * 86400e3) return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return day;
}

// ---- pipeline health ---------------------------------------------------------------------------

function setHealth(id, text, level = 'ok') {
  const dd = $(id);
  dd.textContent = text;
  dd.dataset.level = level;
}

const number = new Intl.NumberFormat('en-GB');
const SERVICES = ['processor', 'alerts']; // the keys of consumerLag and deadLetters in /api/pipeline
const LAG_WARN_ABOVE = 1000;
const num = (v) => (typeof v === 'number' ? v : null);

/** A count that warns above a threshold; null (not known, e.g. a group that has committed nothing) is n/a. */
function setCount(id, value, warnAbove) {
  const n = num(value);
  setHealth(id, n === null ? 'n/a' : number.format(n), n === null ? 'na' : n > warnAbove ? 'warn' : 'ok');
}

async function refreshHealth() {
  try {
    const ready = await fetch('/ready', { credentials: 'same-origin' });
    setHealth('h-ready', ready.ok ? 'ready' : `not ready (HTTP ${ready.status})`, ready.ok ? 'ok' : 'bad');
  } catch {
    setHealth('h-ready', 'unreachable', 'bad');
  }
  try {
    const p = await getJson('/api/pipeline');
    const rate = num(p.storiesPerSecond);
    setHealth('h-rate', rate === null ? 'n/a' : rate.toFixed(rate < 10 ? 2 : 1), rate === null ? 'na' : 'ok');
    for (const service of SERVICES) {
      setCount(`h-lag-${service}`, p.consumerLag?.[service], LAG_WARN_ABOVE);
      setCount(`h-dlq-${service}`, p.deadLetters?.[service], 0);
    }
    setHealth('h-last', p.lastStoryAt ? `${formatAge(p.lastStoryAt)} · ${formatRecent(p.lastStoryAt)}` : 'none yet',
      p.lastStoryAt ? 'ok' : 'warn');
  } catch {
    // the server is unreachable or refuses: nothing is known
    for (const id of ['h-rate', 'h-last', ...SERVICES.flatMap((s) => [`h-lag-${s}`, `h-dlq-${s}`])]) setHealth(id, 'n/a', 'na');
  }
  const now = new Date();
  $('health-updated').textContent = `updated ${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}:${pad(now.getUTCSeconds())} UTC`;
}

// ---- start -------------------------------------------------------------------------------------

function start() {
  const params = new URLSearchParams(location.search);
  if (params.get('wall') === '1') document.documentElement.classList.add('wall');
  $('state-form').addEventListener('submit', (event) => {
    event.preventDefault();
    showState($('state-input').value);
  });
  $('lines').addEventListener('click', (event) => {
    const button = event.target.closest('.line');
    if (button) showLine(button.dataset.key);
  });
  renderDyads();
  redrawOnResize();
  loadRecentAlerts().then(connectStream);
  refreshHealth();
  setInterval(refreshHealth, HEALTH_EVERY_MS);
  if (params.get('state')) showState(params.get('state'));
}

start();
