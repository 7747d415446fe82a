'use strict';
// The partnership dashboard: everything shown is read from the same REST API clients use, as of now or of any past
// instant. Credentials stay in this page's memory and are sent only as an Authorization header (credentials: 'omit'
// keeps the browser from prompting or reusing its own).

const state = { partnershipId: null, asOf: null, authorization: null, loads: 0, charts: {} };
const $ = (id) => document.getElementById(id);

function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (name === 'class') node.className = value;
        else if (name.startsWith('data-')) node.setAttribute(name, value);
        else node[name] = value;
    }
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(child ?? ''));
    return node;
}

async function api(path, params = {}) {
    const query = new URLSearchParams(params);
    if (state.asOf) query.set('asOf', state.asOf);
    const headers = { Accept: 'application/json' };
    if (state.authorization) headers.Authorization = state.authorization;
    const response = await fetch(path + (query.size ? '?' + query : ''), { headers, credentials: 'omit' });
    const body = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
    return { status: response.status, body };
}

function money(amounts) {
    if (!amounts || amounts.length === 0) return '—';
    return amounts.map(m => {
        const digits = new Intl.NumberFormat('en-GB', { style: 'currency', currency: m.currency })
            .resolvedOptions().maximumFractionDigits;
        return new Intl.NumberFormat('en-GB', { style: 'currency', currency: m.currency })
            .format(m.amountMinor / 10 ** digits);
    }).join(' + ');
}

/** Exact amounts for machines (and tests): CUR:minor;CUR:minor. */
function exact(amounts) {
    return (amounts || []).map(m => m.currency + ':' + m.amountMinor).join(';');
}

function majorUnits(amounts, currency) {
    const m = (amounts || []).find(a => a.currency === currency);
    return m ? m.amountMinor / 100 : 0;
}

function say(text, error = false) {
    $('status').textContent = text;
    $('status').className = error ? 'error' : 'muted';
}

function remember() {
    const url = new URL(window.location);
    url.searchParams.set('partnership', state.partnershipId || '');
    if (state.asOf) url.searchParams.set('asOf', state.asOf); else url.searchParams.delete('asOf');
    window.history.replaceState(null, '', url);
}

async function load() {
    document.body.dataset.loaded = 'false';
    say('Loading…');
    const list = await api('/api/partnerships');
    if (list.status === 401 || list.status === 403) {
        say('Sign in to see the partnerships.', true);
        return finished();
    }
    const select = $('partnership');
    select.replaceChildren(...list.body.map(p => el('option', { value: p.partnershipId }, p.name)));
    if (!state.partnershipId || !list.body.some(p => p.partnershipId === state.partnershipId)) {
        state.partnershipId = list.body.length ? list.body[0].partnershipId : null;
    }
    if (!state.partnershipId) {
        say('No partnership in the ledger yet.');
        return finished();
    }
    select.value = state.partnershipId;
    remember();
    const base = '/api/partnerships/' + encodeURIComponent(state.partnershipId);
    const [partnership, matrix, progress, totalPlace] = await Promise.all([
        api(base), api(base + '/matrix'), api(base + '/progress'), api(base + '/total-place')]);
    if (matrix.status === 404) {
        say(state.asOf ? 'The partnership did not exist yet at that instant.' : 'No such partnership.', true);
        clear();
        return finished();
    }
    const refused = [partnership, matrix, progress, totalPlace].find(a => a.status !== 200);
    if (refused) {
        say(refused.status === 401 || refused.status === 403 ? 'Sign in to see this partnership.'
            : 'The ledger answered ' + refused.status + '.', true);
        return finished();
    }
    $('title').textContent = partnership.body.name;
    $('subtitle').textContent = partnership.body.place + ' — version ' + matrix.body.version
        + (state.asOf ? ' as of ' + new Date(state.asOf).toLocaleString('en-GB') : ' (now)');
    document.body.dataset.version = matrix.body.version;
    renderMatrix(matrix.body, progress.body);
    renderTotalPlace(totalPlace.body, partnership.body);
    await renderIndicators(base, progress.body);
    await renderTimeline(base);
    say('');
    finished();
}

function finished() {
    state.loads += 1;
    document.body.dataset.loads = String(state.loads);
    document.body.dataset.loaded = 'true';
}

function clear() {
    $('matrix').replaceChildren();
    $('place-figures').replaceChildren();
    $('indicator-figures').replaceChildren();
    $('timeline').replaceChildren();
    Object.values(state.charts).forEach(c => c.destroy());
    state.charts = {};
}

function renderMatrix(matrix, progress) {
    const rollUps = new Map(progress.cells.map(c => [c.themeId + '|' + c.principleId, c.rollUp]));
    const head = el('tr', {}, el('th', {}, 'Theme \\ principle'),
        ...matrix.principles.map(p => el('th', { scope: 'col', title: p.description || '' }, p.name)));
    const rows = matrix.themes.map(theme => el('tr', {}, el('th', { scope: 'row' }, theme.name),
        ...matrix.principles.map(principle => {
            const cell = matrix.cells.find(c => c.themeId === theme.id && c.principleId === principle.id);
            const rollUp = rollUps.get(theme.id + '|' + principle.id);
            const rag = rollUp ? rollUp.worst : 'NOT_MEASURED';
            const counts = rollUp && rollUp.indicators
                ? [['green', rollUp.green], ['amber', rollUp.amber], ['red', rollUp.red],
                    ['not measured', rollUp.notMeasured]].filter(([, n]) => n).map(([c, n]) => n + ' ' + c).join(' · ')
                : 'no indicators';
            return el('td', {
                    class: 'cell ' + rag, 'data-theme': theme.id, 'data-principle': principle.id, 'data-rag': rag,
                    'data-priorities': cell.priorities.length, 'data-pledged': exact(cell.totals.pledged),
                    'data-committed': exact(cell.totals.committed), 'data-spent': exact(cell.totals.spent) },
                el('div', { class: 'count' }, cell.priorities.length + (cell.priorities.length === 1
                    ? ' priority' : ' priorities')),
                el('div', { class: 'money' }, el('span', { class: 'pledged' }, money(cell.totals.pledged)),
                    ' (', el('span', { class: 'committed' }, money(cell.totals.committed)), ') / ',
                    el('span', { class: 'spent' }, money(cell.totals.spent))),
                el('div', { class: 'rag-counts' }, counts),
                el('ul', {}, ...cell.priorities.map(p => el('li', { title: p.status }, p.title))));
        })));
    $('matrix').replaceChildren(el('thead', {}, head), el('tbody', {}, ...rows));
}

function figure(label, value, key) {
    return el('div', { 'data-figure': key }, el('strong', {}, value), label);
}

function renderTotalPlace(totalPlace, partnership) {
    const select = $('financial-year');
    const years = totalPlace.years.map(y => y.financialYear);
    const chosen = years.includes(select.value) ? select.value
        : (totalPlace.years.find(y => y.place.declared.spend.length) || totalPlace.years.at(-1) || {}).financialYear;
    select.replaceChildren(...years.map(y => el('option', { value: y }, y)));
    const year = totalPlace.years.find(y => y.financialYear === chosen);
    if (!year) {
        $('place-figures').replaceChildren(el('p', { class: 'muted' }, 'Nothing declared or pledged yet.'));
        return;
    }
    select.value = chosen;
    const place = year.place;
    $('place-figures').replaceChildren(
        figure('declared spend in ' + partnership.place + ' (the place £)', money(place.declared.spend), 'place-spend'),
        figure('staff', place.declared.staff.toLocaleString('en-GB'), 'place-staff'),
        figure('volunteers', place.declared.volunteers.toLocaleString('en-GB'), 'place-volunteers'),
        figure('pledged to shared priorities', money(place.totals.pledged), 'place-pledged'),
        figure('spent', money(place.totals.spent), 'place-spent'),
        figure('of declared spend pledged', place.pledgedShareOfDeclaredSpend == null ? '—'
            : place.pledgedShareOfDeclaredSpend + ' %', 'place-share'));
    $('place-figures').dataset.spend = exact(place.declared.spend);
    $('place-figures').dataset.pledged = exact(place.totals.pledged);
    const currency = place.declared.spend[0]?.currency || 'GBP';
    chart('spend', $('spend-chart'), {
        type: 'bar',
        data: {
            labels: year.partners.map(p => p.name),
            datasets: [
                { label: 'Declared spend (' + currency + ' m)', backgroundColor: '#1d70b8',
                    data: year.partners.map(p => majorUnits(p.figures.declared.spend, currency) / 1e6) },
                { label: 'Pledged to shared priorities (' + currency + ' m)', backgroundColor: '#f47738',
                    data: year.partners.map(p => majorUnits(p.figures.totals.pledged, currency) / 1e6) }]
        },
        options: { indexAxis: 'y', maintainAspectRatio: false, animation: false,
            scales: { x: { title: { display: true, text: currency + ' millions, ' + chosen } } } }
    });
}

async function renderIndicators(base, progress) {
    const indicators = progress.priorities.flatMap(p => p.indicators);
    const select = $('indicator');
    const chosen = indicators.some(i => i.indicatorId === select.value) ? select.value
        : (indicators.find(i => i.measurements > 0) || indicators[0] || {}).indicatorId;
    select.replaceChildren(...indicators.map(i => el('option', { value: i.indicatorId }, i.name)));
    const indicator = indicators.find(i => i.indicatorId === chosen);
    if (!indicator) {
        $('indicator-figures').replaceChildren(el('p', { class: 'muted' }, 'No indicators defined yet.'));
        return;
    }
    select.value = chosen;
    const outcomes = await api(base + '/priorities/' + encodeURIComponent(indicator.priorityId) + '/indicators/'
        + encodeURIComponent(indicator.indicatorId) + '/outcomes');
    const measured = outcomes.status === 200 ? outcomes.body : [];
    const figures = $('indicator-figures');
    figures.replaceChildren(
        figure('latest (' + indicator.unit + ')', indicator.latestValue ?? '—', 'latest'),
        figure('expected then on the trajectory', indicator.expectedAtLatest ?? '—', 'expected'),
        el('div', { 'data-figure': 'rag' }, el('strong', {}, el('span', { class: 'rag ' + indicator.rag },
            indicator.rag.replace('_', ' ').toLowerCase())), 'RAG'),
        figure('trend', indicator.trend.replaceAll('_', ' ').toLowerCase(), 'trend'),
        el('div', { 'data-figure': 'due' }, el('strong', { class: indicator.stale ? 'stale' : '' },
            indicator.nextMeasurementDue), indicator.stale ? 'overdue: stale' : 'next measurement due'));
    figures.dataset.indicator = indicator.indicatorId;
    figures.dataset.rag = indicator.rag;
    const year = (date) => { const d = new Date(date); return d.getUTCFullYear() + (d.getUTCMonth() * 31 + d.getUTCDate()) / 372; };
    chart('indicator', $('indicator-chart'), {
        type: 'scatter',
        data: { datasets: [
            { label: 'Trajectory: baseline to target', showLine: true, borderDash: [6, 4], borderColor: '#505a5f',
                backgroundColor: '#505a5f', data: [
                    { x: year(indicator.baselineOn), y: Number(indicator.baselineValue) },
                    { x: year(indicator.targetOn), y: Number(indicator.targetValue) }] },
            { label: 'Measured (' + indicator.unit + ')', showLine: true, borderColor: '#1d70b8',
                backgroundColor: '#1d70b8', pointRadius: 5,
                data: measured.map(o => ({ x: year(o.measuredOn), y: Number(o.value) })) }] },
        options: { maintainAspectRatio: false, animation: false,
            plugins: { title: { display: true, text: indicator.name } },
            scales: { x: { ticks: { stepSize: 1, callback: (v) => Number.isInteger(v) ? String(v) : '' } },
                y: { title: { display: true, text: indicator.unit } } } }
    });
}

async function renderTimeline(base) {
    const list = $('timeline');
    const first = await api(base + '/audit-trail', { size: 1 });
    if (first.status !== 200) {
        list.replaceChildren(el('li', { class: 'muted' }, first.status === 401 || first.status === 403
            ? 'Sign in as the secretariat or an auditor to see the audit timeline.'
            : 'The audit trail answered ' + first.status + '.'));
        list.dataset.entries = '0';
        return;
    }
    // the newest 50 entries: the trail's last page, and the one before it when the last is not full
    const size = 50;
    const total = first.body.totalEntries;
    const lastPage = Math.max(0, Math.floor((total - 1) / size));
    const pages = await Promise.all((lastPage > 0 ? [lastPage - 1, lastPage] : [lastPage])
        .map(page => api(base + '/audit-trail', { size, page })));
    const entries = pages.flatMap(p => p.body.entries).slice(-size).reverse();
    list.replaceChildren(...entries.map(e => el('li', { 'data-sequence': e.sequenceNumber },
        el('time', { dateTime: e.recordedAt }, new Date(e.recordedAt).toLocaleString('en-GB')),
        el('span', { class: 'summary' }, e.summary),
        e.decisionReference ? el('span', { class: 'muted' }, ' — ' + e.decisionReference) : '')));
    list.dataset.entries = String(entries.length);
}

function chart(name, canvas, config) {
    state.charts[name]?.destroy();
    if (window.Chart) state.charts[name] = new window.Chart(canvas, config);
}

function readAsOfInput() {
    const value = $('as-of').value;
    state.asOf = value ? new Date(value).toISOString() : null;
}

function showAsOf() {
    if (!state.asOf) { $('as-of').value = ''; return; }
    const d = new Date(state.asOf);
    const local = new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 19);
    $('as-of').value = local;
}

window.addEventListener('DOMContentLoaded', () => {
    const params = new URLSearchParams(window.location.search);
    state.partnershipId = params.get('partnership') || null;
    state.asOf = params.get('asOf') || null;
    showAsOf();
    $('partnership').addEventListener('change', () => { state.partnershipId = $('partnership').value; load(); });
    $('as-of').addEventListener('change', () => { readAsOfInput(); load(); });
    $('now').addEventListener('click', () => { state.asOf = null; showAsOf(); load(); });
    $('financial-year').addEventListener('change', load);
    $('indicator').addEventListener('change', load);
    $('sign-in').addEventListener('submit', (event) => {
        event.preventDefault();
        const user = $('user').value.trim();
        const secret = $('password').value;
        state.authorization = user ? 'Basic ' + btoa(String.fromCharCode(...new TextEncoder().encode(user + ':' + secret)))
            : (secret ? 'Bearer ' + secret : null);
        $('password').value = '';
        $('signed-in-as').textContent = state.authorization ? 'Signed in' + (user ? ' as ' + user : '') : '';
        $('sign-out').hidden = !state.authorization;
        load();
    });
    $('sign-out').addEventListener('click', () => {
        state.authorization = null;
        $('signed-in-as').textContent = '';
        $('sign-out').hidden = true;
        load();
    });
    load();
});
