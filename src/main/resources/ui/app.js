// tcemu dashboard: one dependency-free script. Every view reads the admin API (/_tcemu/*) and
// polls it, so calls from SDKs and clock moves show up within POLL_MS. Everything data-driven is
// built with textContent, never innerHTML, since journaled params come from any client.
'use strict';

const POLL_MS = 1500;
const WEEK = 604800;
const JOURNAL_SHOWN = 200;
const TOKEN_KEY = 'tcemu.adminToken';

// ---------- small helpers ----------

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

const $ = (sel) => document.querySelector(sel);

/** Emulator time as people read it: 2026-12-01 17:42:10 (UTC). */
function when(iso) {
  return iso ? iso.replace('T', ' ').replace(/(\.\d+)?Z$/, '') : '–';
}

function duration(seconds) {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  if (seconds < 2 * 86400) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} days`;
}

function productOf(kind) {
  return kind.split('.')[0];
}

function changes(map, deletes) {
  if (deletes) return 'deleted';
  return Object.entries(map || {}).map(([d, s]) => `${d} → ${s}`).join(', ') || 'attributes only';
}

// ---------- admin API access ----------

class Unauthorized extends Error {}

async function api(method, path, body) {
  const headers = {};
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  const text = await response.text();
  let data;
  try {
    data = text ? JSON.parse(text) : {};
  } catch (e) {
    data = {error: text};
  }
  if (response.status === 401) {
    $('#token-form').hidden = false;
    throw new Unauthorized(sessionStorage.getItem(TOKEN_KEY) ? 'That admin token is wrong: enter the one given by --admin-token above.'
      : 'This emulator runs with --admin-token: enter the token above to continue.');
  }
  if (!response.ok) throw new Error(data.error || `${method} ${path} answered ${response.status}`);
  return data;
}

const get = (path) => api('GET', path);

function showError(e) {
  const box = $('#error');
  if (!e) {
    box.hidden = true;
    return;
  }
  box.textContent = e.message || String(e);
  box.hidden = false;
}

$('#token-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $('#token').value);
  $('#token-form').hidden = true;
  refresh();
});

/** Replaces a region's content only when what it shows changed, so focus and scrolling stay put. */
function renderInto(region, key, build) {
  if (region.dataset.key === key) return;
  region.dataset.key = key;
  region.replaceChildren(...[build()].flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
}

// ---------- clock panel ----------

let clock = null;
let preview = null;
let previewSeconds = null;

async function refreshClock() {
  clock = await get('/_tcemu/clock');
  $('#clock-now').textContent = when(clock.now);
  $('#clock-now').setAttribute('datetime', clock.now);
  $('#clock-mode').textContent = clock.frozen ? 'frozen' : `running ×${clock.scale}`;
  $('#clock-mode').className = clock.frozen ? 'badge frozen' : 'badge';
  $('#clock-freeze').textContent = clock.frozen ? 'Run' : 'Freeze';
  $('#clock-freeze').hidden = false;
  // one preview for the longest step; the shorter ones are its prefixes
  preview = await get(`/_tcemu/clock/preview?seconds=${WEEK}`);
  for (const button of document.querySelectorAll('.clock-buttons button')) {
    const n = firing(Number(button.dataset.seconds)).length;
    button.querySelector('.count').textContent = n ? `· ${n}` : '';
  }
  showPreview();
}

function firing(seconds) {
  if (!preview) return [];
  const until = Date.parse(preview.now) + seconds * 1000;
  return preview.transitions.filter((t) => Date.parse(t.at) <= until);
}

function showPreview() {
  const box = $('#preview');
  if (previewSeconds === null) {
    renderInto(box, 'hint', () => h('p', {class: 'muted'}, 'Point at or focus a button to see which transitions it fires.'));
    return;
  }
  const list = firing(previewSeconds);
  renderInto(box, previewSeconds + JSON.stringify(list), () => [
    h('p', {class: 'preview-title'}, `+${duration(previewSeconds)} fires `,
      list.length === 1 ? '1 transition' : `${list.length} transitions`, list.length ? ':' : '.'),
    list.length ? h('ul', {}, list.map((t) => h('li', {},
      h('a', {href: `#/resource/${encodeURIComponent(t.resourceId)}`}, t.resourceId), ' ',
      h('span', {class: 'muted'}, t.kind === 'rule' ? 'rule' : 'operation'), ' ', h('strong', {}, t.name), ': ',
      changes(t.changes, t.deletes), h('span', {class: 'muted'}, ` at ${when(t.at)}`)))) : null,
  ]);
}

$('#clock-freeze').addEventListener('click', () => send('POST', '/_tcemu/clock', {frozen: !clock.frozen}));

for (const button of document.querySelectorAll('.clock-buttons button')) {
  const choose = () => {
    previewSeconds = Number(button.dataset.seconds);
    showPreview();
  };
  button.addEventListener('mouseenter', choose);
  button.addEventListener('focus', choose);
  button.addEventListener('click', async () => {
    choose();
    try {
      await api('POST', '/_tcemu/clock/advance', {seconds: Number(button.dataset.seconds)});
      await refresh();
    } catch (e) {
      showError(e);
    }
  });
}

// ---------- views ----------

const views = {};
let current = null;

function route() {
  const [, name = 'resources', ...rest] = location.hash.split('/');
  const arg = rest.length ? decodeURIComponent(rest.join('/')) : null;
  const view = views[name] ? name : 'resources';
  for (const a of document.querySelectorAll('nav a')) {
    const active = a.dataset.view === view || (view === 'resource' && a.dataset.view === 'resources');
    if (active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  current = {name: view, arg, state: {}};
  const root = $('#view');
  root.replaceChildren();
  views[view].mount(root, current);
  refresh();
}

let refreshing = false;
let again = false;

/** Redraws the clock and the current view; asked while it runs, it runs once more after, so no change is missed. */
async function refresh() {
  if (refreshing) {
    again = true;
    return;
  }
  refreshing = true;
  try {
    await refreshClock();
    if (current) await views[current.name].update(current);
    showError(null);
  } catch (e) {
    showError(e);
  } finally {
    refreshing = false;
    if (again) {
      again = false;
      refresh();
    }
  }
}

// Resources: the table with its filters and id search.
views.resources = {
  mount(root, view) {
    const field = (id, label, control) => h('div', {class: 'field'}, h('label', {for: id}, label), control);
    const select = (id) => h('select', {id, onchange: () => refresh()}, h('option', {value: ''}, 'any'));
    root.append(
      h('h2', {}, 'Resources'),
      h('form', {class: 'filters', role: 'search', onsubmit: (e) => e.preventDefault()},
        field('f-product', 'Product', select('f-product')),
        field('f-state', 'State', select('f-state')),
        field('f-account', 'Account', select('f-account')),
        field('f-region', 'Region', select('f-region')),
        field('f-id', 'Search id', h('input', {id: 'f-id', type: 'search', placeholder: 'e.g. sync-', oninput: () => refresh()}))),
      h('p', {id: 'resource-count', class: 'muted', 'aria-live': 'polite'}),
      h('div', {class: 'table-wrap'}, h('table', {class: 'resources'},
        h('thead', {}, h('tr', {}, ['Product', 'Kind', 'Id', 'Account', 'Region', 'Status', 'Billing', 'Allowed operations']
          .map((t) => h('th', {scope: 'col'}, t)))),
        h('tbody', {id: 'resource-rows'}))));
    view.state.all = [];
  },
  async update(view) {
    const all = (await get('/_tcemu/resources')).resources;
    const chosen = {};
    for (const [id, values] of Object.entries({
      'f-product': all.map((r) => productOf(r.kind)),
      'f-state': all.flatMap((r) => Object.values(r.states)),
      'f-account': all.map((r) => r.account),
      'f-region': all.map((r) => r.region),
    })) {
      const select = $(`#${id}`);
      chosen[id] = select.value;
      const options = [...new Set(values)].sort();
      renderInto(select, JSON.stringify(options) + chosen[id], () => [h('option', {value: ''}, 'any'),
        ...options.map((o) => h('option', {value: o, selected: o === chosen[id]}, o))]);
      select.value = chosen[id];
    }
    const search = $('#f-id').value.trim().toLowerCase();
    const shown = all.filter((r) => (!chosen['f-product'] || productOf(r.kind) === chosen['f-product'])
      && (!chosen['f-state'] || Object.values(r.states).includes(chosen['f-state']))
      && (!chosen['f-account'] || r.account === chosen['f-account'])
      && (!chosen['f-region'] || r.region === chosen['f-region'])
      && (!search || r.id.toLowerCase().includes(search)));
    $('#resource-count').textContent = `${shown.length} of ${all.length} resources`;
    const rows = shown.map((r) => [r.id, r.kind, r.account, r.region, r.states, r.allowedOperations, r.pending.length]);
    renderInto($('#resource-rows'), JSON.stringify(rows), () => shown.length ? shown.map((r) => h('tr', {'data-id': r.id},
      h('td', {'data-label': 'Product'}, productOf(r.kind)),
      h('td', {'data-label': 'Kind'}, r.kind.split('.')[1]),
      h('td', {'data-label': 'Id'}, h('a', {href: `#/resource/${encodeURIComponent(r.id)}`}, r.id)),
      h('td', {'data-label': 'Account'}, r.account),
      h('td', {'data-label': 'Region'}, r.region),
      h('td', {'data-label': 'Status', class: 'status'}, stateBadge(r.states.Status, r.pending.length > 0)),
      h('td', {'data-label': 'Billing'}, r.states.TradeStatus || '–'),
      h('td', {'data-label': 'Allowed', class: 'ops'}, r.allowedOperations.join(', ') || '–')))
      : h('tr', {}, h('td', {colspan: 8, class: 'empty'}, all.length ? 'No resource matches these filters.'
        : 'No resources yet: create one through an SDK, e.g. DTS CreateSyncJob.')));
  },
};

function stateBadge(state, moving) {
  const tone = /fail|err|isolat|offline|exception/i.test(state) ? 'bad'
    : /paus|stop|suspend/i.test(state) ? 'warn' : /run|normal|online|success|pass|succeed/i.test(state) ? 'good' : '';
  return h('span', {class: `state ${tone}`}, state || '–', moving ? h('span', {class: 'moving', title: 'operation in flight'}, ' ⟳') : null);
}

// A resource's page: states, actions, pending operation, progress, links, history, WeData metrics.
views.resource = {
  mount(root, view) {
    const id = view.arg;
    root.append(
      h('p', {}, h('a', {href: '#/resources'}, '← All resources')),
      h('h2', {id: 'resource-title'}, id),
      h('div', {id: 'resource-summary', class: 'summary'}),
      h('section', {'aria-labelledby': 'actions-title', class: 'card'},
        h('h3', {id: 'actions-title'}, 'Actions'),
        h('div', {id: 'action-buttons', class: 'buttons'}),
        h('div', {id: 'action-editor'}),
        h('p', {id: 'action-result', class: 'result', 'aria-live': 'polite'})),
      h('div', {class: 'grid'},
        h('section', {'aria-labelledby': 'pending-title', class: 'card'},
          h('h3', {id: 'pending-title'}, 'In flight and due'), h('div', {id: 'pending'})),
        h('section', {'aria-labelledby': 'progress-title', class: 'card'},
          h('h3', {id: 'progress-title'}, 'Progress'), h('div', {id: 'progress'}))),
      h('section', {'aria-labelledby': 'links-title', class: 'card', id: 'links-card', hidden: true},
        h('h3', {id: 'links-title'}, 'Related resources'), h('div', {id: 'links'})),
      h('section', {'aria-labelledby': 'metrics-title', class: 'card', id: 'metrics-card', hidden: true},
        h('h3', {id: 'metrics-title'}, 'Offsets and records per second'),
        h('p', {class: 'muted'}, 'Read through DescribeIntegrationTask and DescribeRealTimeTaskSpeed, so they show in the journal.'),
        h('button', {type: 'button', id: 'metrics-refresh', onclick: () => loadMetrics(view)}, 'Refresh metrics'),
        h('div', {id: 'metrics'})),
      h('section', {'aria-labelledby': 'history-title', class: 'card'},
        h('h3', {id: 'history-title'}, 'Timeline'),
        h('div', {class: 'table-wrap'}, h('table', {class: 'history'},
          h('thead', {}, h('tr', {}, ['Emulator time', 'Dimension', 'Transition', 'Operation', 'RequestId']
            .map((t) => h('th', {scope: 'col'}, t)))),
          h('tbody', {id: 'history-rows'})))));
  },
  async update(view) {
    const id = view.arg;
    let r;
    try {
      r = await get(`/_tcemu/resources/${encodeURIComponent(id)}`);
    } catch (e) {
      renderInto($('#resource-summary'), 'gone', () => h('p', {class: 'empty'}, `${id} is gone: ${e.message}`));
      for (const region of ['#action-buttons', '#pending', '#progress']) renderInto($(region), 'gone', () => []);
      return;
    }
    const forms = await get(`/_tcemu/resources/${encodeURIComponent(id)}/actions`);
    view.state.forms = forms;
    renderInto($('#resource-summary'), JSON.stringify([r.states, r.kind, r.namespace]), () => [
      h('dl', {},
        h('dt', {}, 'Kind'), h('dd', {}, r.kind),
        h('dt', {}, 'Account'), h('dd', {}, r.account),
        h('dt', {}, 'Region'), h('dd', {}, r.region),
        r.namespace ? [h('dt', {}, 'Namespace'), h('dd', {}, r.namespace)] : null,
        Object.entries(r.states).map(([d, s]) => [h('dt', {}, d),
          h('dd', {'data-dimension': d}, stateBadge(s, r.pending.some((p) => p.dimension === d)))]))]);
    renderActions(view, r, forms);
    renderPending(r);
    renderProgress(r);
    $('#links-card').hidden = !r.links.length;
    renderInto($('#links'), JSON.stringify(r.links), () => h('ul', {}, r.links.map((l) => h('li', {},
      h('a', {href: `#/resource/${encodeURIComponent(l.id)}`}, l.id), ` ${l.kind} `,
      h('span', {class: 'muted'}, l.names ? `(its ${l.attribute})` : `(names it in ${l.attribute})`), ' ',
      stateBadge(l.states.Status)))));
    const wedata = r.kind === 'wedata.IntegrationTask';
    $('#metrics-card').hidden = !wedata;
    if (wedata && !view.state.metricsLoaded) {
      view.state.metricsLoaded = true;
      loadMetrics(view);
    }
    renderInto($('#history-rows'), JSON.stringify(r.history), () => r.history.slice().reverse().map((e) => h('tr', {},
      h('td', {'data-label': 'Time'}, when(e.at)),
      h('td', {'data-label': 'Dimension'}, e.dimension),
      h('td', {'data-label': 'Transition'}, `${e.from || '(new)'} → ${e.to || '(deleted)'}`),
      h('td', {'data-label': 'Operation'}, e.operation, e.settles ? h('span', {class: 'muted'}, ' settled') : null),
      h('td', {'data-label': 'RequestId', class: 'mono'}, e.requestId
        ? h('a', {href: `#/journal/${encodeURIComponent(e.requestId)}`}, e.requestId) : h('span', {class: 'muted'}, 'no call')))));
  },
};

function renderActions(view, r, forms) {
  const held = r.pending.some((p) => p.mode === 'held');
  const key = JSON.stringify([forms, held]);
  renderInto($('#action-buttons'), key, () => [
    forms.callable ? forms.actions.map((f) => h('button', {type: 'button', class: 'primary',
      'data-action': f.action, onclick: () => (f.missing.length ? openEditor(view, f) : callAction(view, f.action, {}))},
    f.action, f.missing.length ? '…' : null)) : h('p', {class: 'muted'}, forms.reason),
    forms.callable && !forms.actions.length ? h('p', {class: 'muted'}, 'No API operation is allowed in this state.') : null,
    h('span', {class: 'sep', 'aria-hidden': 'true'}),
    h('button', {type: 'button', 'data-admin': 'release', disabled: !held,
      title: 'Lets a held operation settle now', onclick: () => admin(view, 'release')}, 'Release held operation'),
    h('button', {type: 'button', 'data-admin': 'fail', class: 'danger', disabled: !forms.failable,
      title: forms.failable ? 'Puts the resource into its recoverable error state'
        : 'Its lifecycle has no recoverable error state to enter from this state',
      onclick: () => admin(view, 'fail')}, 'Fail (recoverable error)'),
  ]);
}

function openEditor(view, form) {
  const area = h('textarea', {id: 'params', rows: 8, spellcheck: 'false'}, JSON.stringify(form.params, null, 2));
  $('#action-editor').replaceChildren(h('form', {class: 'editor', onsubmit: (e) => {
    e.preventDefault();
    let params;
    try {
      params = JSON.parse(area.value);
    } catch (err) {
      showError(new Error(`The parameters are not valid JSON: ${err.message}`));
      return;
    }
    $('#action-editor').replaceChildren();
    callAction(view, form.action, params);
  }},
  h('label', {for: 'params'}, `${form.action}: fill in ${form.missing.join(', ')}`), area,
  h('div', {class: 'buttons'}, h('button', {type: 'submit', class: 'primary'}, `Call ${form.action}`),
    h('button', {type: 'button', onclick: () => $('#action-editor').replaceChildren()}, 'Cancel'))));
  area.focus();
}

async function callAction(view, action, params) {
  const result = $('#action-result');
  result.textContent = `Calling ${action}…`;
  try {
    const answer = await api('POST', '/_tcemu/calls', {resourceId: view.arg, action, params});
    const error = answer.response && answer.response.Response && answer.response.Response.Error;
    result.replaceChildren(h('strong', {class: answer.code === 'OK' ? 'ok' : 'bad'}, `${action}: ${answer.code}`),
      error ? ` – ${error.Message}` : '', ' · RequestId ',
      h('a', {href: `#/journal/${encodeURIComponent(answer.requestId)}`, class: 'mono'}, answer.requestId));
  } catch (e) {
    result.replaceChildren(h('strong', {class: 'bad'}, `${action} was not sent: `), e.message);
  }
  await refresh();
}

async function admin(view, what) {
  const result = $('#action-result');
  try {
    await api('POST', `/_tcemu/resources/${encodeURIComponent(view.arg)}/${what}`);
    result.replaceChildren(h('strong', {class: 'ok'}, what === 'release' ? 'Released' : 'Failed into its recoverable error state'));
  } catch (e) {
    result.replaceChildren(h('strong', {class: 'bad'}, `${what}: `), e.message);
  }
  await refresh();
}

function renderPending(r) {
  const now = clock ? Date.parse(clock.now) : Date.now();
  const key = JSON.stringify([r.pending, r.rulesDue]);
  renderInto($('#pending'), key, () => {
    if (!r.pending.length && !r.rulesDue.length) return h('p', {class: 'muted'}, 'Nothing in flight, no timed rule due.');
    return h('ul', {class: 'plain'},
      r.pending.map((p) => h('li', {},
        h('strong', {}, p.operation), ` on ${p.dimension} → ${p.deletes ? 'deleted' : p.to || 'attributes only'}`, h('br'),
        h('span', {class: 'muted'}, p.settlesAt
          ? `settles at ${when(p.settlesAt)} (in ${duration((Date.parse(p.settlesAt) - now) / 1000)})`
          : p.mode === 'held' ? 'held until released' : p.mode === 'reads' ? 'settles after more reads' : 'waits for another resource'))),
      r.rulesDue.map((d) => h('li', {},
        'rule ', h('strong', {}, d.rule), `: ${changes(d.then, d.deletes)}`, h('br'),
        h('span', {class: 'muted'}, `fires at ${when(d.at)} (in ${duration((Date.parse(d.at) - now) / 1000)})`))));
  });
}

function renderProgress(r) {
  renderInto($('#progress'), JSON.stringify(r.progress), () => {
    if (!r.progress.length) return h('p', {class: 'muted'}, 'No stepped operation or state.');
    return r.progress.map((p) => h('div', {class: 'progress-block'},
      h('p', {}, h('strong', {}, p.operation), ` ${p.percent}%`),
      h('ol', {class: 'steps'}, p.steps.map((s) => h('li', {},
        h('label', {for: `step-${p.operation}-${s.number}`, title: s.name}, s.id || s.name,
          h('span', {class: 'muted'}, ` ${s.state.toLowerCase().replace('_', ' ')}`)),
        h('progress', {id: `step-${p.operation}-${s.number}`, max: 100, value: s.percent}, `${s.percent}%`))))));
  });
}

/** WeData: the offsets and a records-per-second chart, read through the real API on demand. */
async function loadMetrics(view) {
  const box = $('#metrics');
  try {
    const info = await api('POST', '/_tcemu/calls', {resourceId: view.arg, action: 'DescribeIntegrationTask', params: {}});
    const task = (info.response.Response || {}).TaskInfo || {};
    const end = Date.parse(clock.now);
    const speed = await api('POST', '/_tcemu/calls', {resourceId: view.arg, action: 'DescribeRealTimeTaskSpeed',
      params: {StartTime: end - 3600 * 1000, EndTime: end, Granularity: 1}});
    const series = ((speed.response.Response || {}).RecordsSpeedList || []);
    box.replaceChildren(
      h('dl', {class: 'offsets'},
        h('dt', {}, 'CurrentSyncPosition'), h('dd', {}, task.CurrentSyncPosition ?? '–'),
        h('dt', {}, 'NumRecordsIn'), h('dd', {}, task.NumRecordsIn ?? '–'),
        h('dt', {}, 'NumRecordsOut'), h('dd', {}, task.NumRecordsOut ?? '–')),
      chart(series));
  } catch (e) {
    box.replaceChildren(h('p', {class: 'bad'}, `Cannot read the metrics: ${e.message}`));
  }
}

function chart(series) {
  const ns = 'http://www.w3.org/2000/svg';
  const width = 600;
  const height = 160;
  const points = series.flatMap((s) => s.Values || []);
  const max = Math.max(1, ...points.map((p) => p.Speed));
  const times = points.map((p) => p.Time);
  const t0 = Math.min(...times);
  const t1 = Math.max(t0 + 1, ...times);
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height + 20}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('class', 'chart');
  const title = document.createElementNS(ns, 'title');
  title.textContent = `Records per second over the last hour, peak ${max.toFixed(0)}`;
  svg.append(title);
  series.forEach((s, i) => {
    const line = document.createElementNS(ns, 'polyline');
    line.setAttribute('points', (s.Values || []).map((p) =>
      `${((p.Time - t0) / (t1 - t0)) * width},${height - (p.Speed / max) * (height - 10)}`).join(' '));
    line.setAttribute('class', `series s${i}`);
    svg.append(line);
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', 4 + i * 160);
    label.setAttribute('y', height + 16);
    label.setAttribute('class', `legend s${i}`);
    label.textContent = s.NodeName === s.NodeType ? s.NodeType : `${s.NodeType} ${s.NodeName}`;
    svg.append(label);
  });
  return h('figure', {}, svg, h('figcaption', {class: 'muted'}, `Records per second, one point a minute; peak ${max.toFixed(0)}.`));
}

// Journal: the last calls with action, code, latency and RequestId; #/journal/<RequestId> highlights one.
// Only the newest are read, so polling stays cheap however large the journal is.
views.journal = {
  mount(root) {
    root.append(
      h('h2', {}, 'Journal'),
      h('form', {class: 'filters', role: 'search', onsubmit: (e) => e.preventDefault()},
        h('div', {class: 'field'}, h('label', {for: 'j-action'}, 'Action'),
          h('input', {id: 'j-action', type: 'search', placeholder: 'e.g. ResumeSyncJob', oninput: () => refresh()})),
        h('div', {class: 'field'}, h('label', {for: 'j-code'}, 'Code'),
          h('input', {id: 'j-code', type: 'search', placeholder: 'OK or an error code', oninput: () => refresh()}))),
      h('p', {id: 'journal-count', class: 'muted'}),
      h('div', {class: 'table-wrap'}, h('table', {class: 'journal'},
        h('thead', {}, h('tr', {}, ['Time', 'Action', 'Code', 'Latency', 'RequestId', 'Resources']
          .map((t) => h('th', {scope: 'col'}, t)))),
        h('tbody', {id: 'journal-rows'}))),
      h('section', {id: 'journal-entry', class: 'card', hidden: true, 'aria-labelledby': 'entry-title'}));
  },
  async update(view) {
    const all = (await get(`/_tcemu/requests?limit=${JOURNAL_SHOWN}`)).requests;
    const action = $('#j-action').value.trim().toLowerCase();
    const code = $('#j-code').value.trim().toLowerCase();
    const shown = all.filter((e) => (!action || `${e.product}.${e.action}`.toLowerCase().includes(action))
      && (!code || (e.code || '').toLowerCase().includes(code))).reverse();
    $('#journal-count').textContent = `${shown.length} of the last ${all.length} calls, newest first`;
    renderInto($('#journal-rows'), JSON.stringify([shown.map((e) => e.sequence), view.arg]), () => shown.map((e) => h('tr',
      {class: e.requestId === view.arg ? 'highlight' : null, 'data-request-id': e.requestId},
      h('td', {'data-label': 'Time'}, when(e.time)),
      h('td', {'data-label': 'Action'}, `${e.product || '?'}.${e.action || '?'}`),
      h('td', {'data-label': 'Code'}, h('span', {class: e.code === 'OK' ? 'ok' : 'bad'}, e.code)),
      h('td', {'data-label': 'Latency'}, `${e.latencyMs} ms`),
      h('td', {'data-label': 'RequestId', class: 'mono'},
        h('a', {href: `#/journal/${encodeURIComponent(e.requestId)}`}, e.requestId)),
      h('td', {'data-label': 'Resources'}, e.resourceIds.map((id) => h('a', {href: `#/resource/${encodeURIComponent(id)}`}, id, ' '))))));
    const entry = all.find((e) => e.requestId === view.arg);
    const card = $('#journal-entry');
    card.hidden = !entry;
    if (entry) {
      renderInto(card, entry.requestId, () => [h('h3', {id: 'entry-title'}, `${entry.product}.${entry.action} · ${entry.code}`),
        h('p', {class: 'muted'}, `${when(entry.time)} · ${entry.latencyMs} ms · account ${entry.account} · ${entry.region}`,
          entry.faults.length ? ` · faults: ${entry.faults.join(', ')}` : ''),
        h('pre', {}, JSON.stringify(entry.params, null, 2))]);
      const row = document.querySelector(`tr[data-request-id="${CSS.escape(entry.requestId)}"]`);
      if (row && !view.state.scrolled) {
        view.state.scrolled = true;
        row.scrollIntoView({block: 'center'});
      }
    }
  },
};

// Editors: progression settings and faults, as the admin API takes them.
views.editors = {
  mount(root) {
    const modes = ['immediate', 'time', 'reads', 'held'];
    root.append(
      h('h2', {}, 'Progression and faults'),
      h('div', {class: 'grid'},
        h('section', {class: 'card', 'aria-labelledby': 'prog-title'},
          h('h3', {id: 'prog-title'}, 'Progression'),
          h('p', {class: 'muted'}, 'How operations settle. Leave lifecycle and operation empty for every one.'),
          h('form', {class: 'stack', onsubmit: saveProgression},
            h('label', {for: 'p-lifecycle'}, 'Lifecycle'), h('input', {id: 'p-lifecycle', placeholder: 'e.g. dts.SyncJob'}),
            h('label', {for: 'p-operation'}, 'Operation'), h('input', {id: 'p-operation', placeholder: 'e.g. StartSyncJob'}),
            h('label', {for: 'p-mode'}, 'Mode'), h('select', {id: 'p-mode'}, modes.map((m) => h('option', {value: m}, m))),
            h('label', {for: 'p-number'}, 'Seconds (time) or reads (reads)'), h('input', {id: 'p-number', type: 'number', min: 0}),
            h('div', {class: 'buttons'}, h('button', {type: 'submit', class: 'primary'}, 'Set progression'),
              h('button', {type: 'button', onclick: () => clearAll('/_tcemu/progression')}, 'Clear all'))),
          h('pre', {id: 'progressions'})),
        h('section', {class: 'card', 'aria-labelledby': 'fault-title'},
          h('h3', {id: 'fault-title'}, 'Faults'),
          h('p', {class: 'muted'}, 'A lifecycle outcome ({"product","action","outcome"}) or an API fault ({"product","action","error" and/or "latencyMs"}).'),
          h('form', {class: 'stack', onsubmit: addFault},
            h('label', {for: 'fault-json'}, 'Fault (JSON)'),
            h('textarea', {id: 'fault-json', rows: 5, spellcheck: 'false'},
              '{"product": "dts", "action": "CreateCheckSyncJob", "outcome": "fail"}'),
            h('div', {class: 'buttons'}, h('button', {type: 'submit', class: 'primary'}, 'Add fault'),
              h('button', {type: 'button', onclick: () => clearAll('/_tcemu/faults')}, 'Clear all'))),
          h('pre', {id: 'faults'}))));
  },
  async update() {
    const [progressions, faults] = await Promise.all([get('/_tcemu/progression'), get('/_tcemu/faults')]);
    renderInto($('#progressions'), JSON.stringify(progressions), () => progressions.length
      ? JSON.stringify(progressions, null, 2) : 'No setting: each operation takes its lifecycle file\'s seconds.');
    renderInto($('#faults'), JSON.stringify(faults), () => faults.length ? JSON.stringify(faults, null, 2) : 'No fault.');
  },
};

async function saveProgression(ev) {
  ev.preventDefault();
  const body = {mode: $('#p-mode').value};
  if ($('#p-lifecycle').value.trim()) body.lifecycle = $('#p-lifecycle').value.trim();
  if ($('#p-operation').value.trim()) body.operation = $('#p-operation').value.trim();
  const n = $('#p-number').value;
  if (n !== '' && body.mode === 'time') body.seconds = Number(n);
  if (n !== '' && body.mode === 'reads') body.reads = Number(n);
  await send('PUT', '/_tcemu/progression', body);
}

async function addFault(ev) {
  ev.preventDefault();
  let body;
  try {
    body = JSON.parse($('#fault-json').value);
  } catch (e) {
    showError(new Error(`The fault is not valid JSON: ${e.message}`));
    return;
  }
  await send('POST', '/_tcemu/faults', body);
}

async function clearAll(path) {
  await send('DELETE', path);
}

async function send(method, path, body) {
  try {
    await api(method, path, body);
    await refresh();
  } catch (e) {
    showError(e);
  }
}

// Snapshots: the whole state as one document, out and in.
views.snapshots = {
  mount(root) {
    root.append(
      h('h2', {}, 'Snapshots'),
      h('div', {class: 'grid'},
        h('section', {class: 'card', 'aria-labelledby': 'export-title'},
          h('h3', {id: 'export-title'}, 'Export'),
          h('p', {class: 'muted'}, 'Resources with their history, clock, progression and faults, as GET /_tcemu/state gives them.'),
          h('button', {type: 'button', class: 'primary', onclick: exportState}, 'Download state')),
        h('section', {class: 'card', 'aria-labelledby': 'import-title'},
          h('h3', {id: 'import-title'}, 'Import'),
          h('p', {class: 'muted'}, 'Replaces everything with the document, or refuses it whole.'),
          h('form', {class: 'stack', onsubmit: importState},
            h('label', {for: 'state-file'}, 'State document'), h('input', {id: 'state-file', type: 'file', accept: '.json,application/json', required: true}),
            h('div', {class: 'buttons'}, h('button', {type: 'submit', class: 'primary'}, 'Load state'))),
          h('p', {id: 'import-result', 'aria-live': 'polite'}))));
  },
  async update() {},
};

async function exportState() {
  try {
    const state = await get('/_tcemu/state');
    const link = h('a', {href: URL.createObjectURL(new Blob([JSON.stringify(state, null, 2)], {type: 'application/json'})),
      download: `tcemu-state-${state.clock ? state.clock.now.replace(/[:.]/g, '-') : 'now'}.json`});
    link.click();
    URL.revokeObjectURL(link.href);
  } catch (e) {
    showError(e);
  }
}

async function importState(ev) {
  ev.preventDefault();
  const file = $('#state-file').files[0];
  try {
    const answer = await api('PUT', '/_tcemu/state', JSON.parse(await file.text()));
    $('#import-result').textContent = `Loaded ${answer.resources} resources from ${file.name}.`;
    await refresh();
  } catch (e) {
    $('#import-result').textContent = `Not loaded: ${e.message}`;
  }
}

// ---------- start ----------

window.addEventListener('hashchange', route);
get('/_tcemu/health').then((health) => {
  $('#version').textContent = `${health.version} · ${Object.keys(health.products).join(', ')}`;
}).catch(() => {});
route();
setInterval(() => {
  if (!document.hidden) refresh();
}, POLL_MS);
