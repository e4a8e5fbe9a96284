// The timeline: reads the events from the page's JSON, filters them by the form (kept in the URL's
// fragment: #type=MEETING&person=kim-jong-un&country=RUS&q=treaty) and draws the chart and the list.
// Text from the registry only ever goes into textContent or attribute values, never into markup.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var form = {
    type: document.getElementById('f-type'),
    person: document.getElementById('f-person'),
    country: document.getElementById('f-country'),
    q: document.getElementById('f-q')
  };
  var keys = ['type', 'person', 'country', 'q'];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function svgEl(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function label(type) { return type.toLowerCase().replace(/_/g, ' '); }

  function readHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    keys.forEach(function (k) {
      var v = p.get(k) || '';
      form[k].value = v;
      if (form[k].value !== v) form[k].value = ''; // a value the registry does not hold: no filter
    });
  }

  function writeHash() {
    var p = new URLSearchParams();
    keys.forEach(function (k) { if (form[k].value) p.set(k, form[k].value); });
    var s = p.toString();
    history.replaceState(null, '', s ? '#' + s : location.pathname + location.search);
  }

  function matches(e) {
    if (form.type.value && e.type !== form.type.value) return false;
    if (form.person.value && !e.who.some(function (w) { return w.person === form.person.value; })) return false;
    if (form.country.value && !e.who.some(function (w) { return w.country === form.country.value; })) return false;
    var q = form.q.value.trim().toLowerCase();
    if (q) {
      var text = [e.evidence || '', e.title || '', e.article, e.location || '']
        .concat(e.who.map(function (w) { return w.name || ''; })).join('\n').toLowerCase();
      if (text.indexOf(q) < 0) return false;
    }
    return true;
  }

  function eventBox(e) {
    var box = el('article', 'event');
    box.setAttribute('data-type', e.type);
    box.setAttribute('data-key', e.key);
    box.style.setProperty('--c', data.colours[e.type] || '#555555');
    var head = box.appendChild(el('div', 'head'));
    head.appendChild(el('time', null, e.date || 'undated'));
    var badge = head.appendChild(el('span', 'badge', label(e.type)));
    badge.style.setProperty('--c', data.colours[e.type] || '#555555');
    if (e.modality) head.appendChild(el('span', 'modality', e.modality));
    if (e.location) head.appendChild(el('span', 'where', 'in ' + e.location));
    var who = box.appendChild(el('p', 'who'));
    if (!e.who.length) who.appendChild(el('span', 'none', 'no named participant'));
    e.who.forEach(function (w) {
      var one = who.appendChild(el('span', 'participant'));
      one.appendChild(el('span', 'role', w.role));
      if (w.page) {
        var a = one.appendChild(el('a', null, w.name));
        a.setAttribute('href', w.page);
      } else {
        one.appendChild(el('span', null, w.name));
      }
      if (w.country && w.person) one.appendChild(el('span', 'cc', w.country));
    });
    if (e.evidence) box.appendChild(el('blockquote', null, e.evidence));
    var src = box.appendChild(el('p', 'src'));
    src.appendChild(el('code', null, e.article));
    if (e.title) {
      var t = src.appendChild(el(e.url ? 'a' : 'span', 'title', e.title));
      if (e.url) t.setAttribute('href', e.url);
    }
    if (e.source) src.appendChild(el('span', 'outlet', e.source));
    if (e.published) src.appendChild(el('span', 'published', 'published ' + e.published));
    if (e.cluster) {
      var c = src.appendChild(el('a', 'cluster', e.reports === 1 ? 'cluster (1 report)' : 'cluster (' + e.reports + ' reports)'));
      c.setAttribute('href', e.cluster);
    }
    return box;
  }

  function drawList(shown) {
    var list = document.getElementById('events');
    list.textContent = '';
    var day = null;
    shown.forEach(function (e) {
      var d = e.date || 'undated';
      if (d !== day) {
        day = d;
        list.appendChild(el('h3', 'day', d));
      }
      list.appendChild(eventBox(e));
    });
    if (!shown.length && data.events.length) list.appendChild(el('p', 'empty', 'No event matches these filters.'));
  }

  // The chart counts the asserted events dated within the articles' publication span (data.chartFrom
  // to data.chartTo), by month, or by year when that span is longer than four years.
  function inChart(e) {
    return !e.modality && e.date && e.date.slice(0, 7) >= data.chartFrom.slice(0, 7) && e.date.slice(0, 7) <= data.chartTo.slice(0, 7);
  }

  function bucketing() {
    if (!data.chartFrom || !data.events.some(inChart)) return null;
    var first = data.chartFrom, last = data.chartTo;
    var months = (+last.slice(0, 4) - +first.slice(0, 4)) * 12 + (+last.slice(5, 7) - +first.slice(5, 7)) + 1;
    var byYear = months > 48;
    var keysOut = [];
    if (byYear) {
      for (var y = +first.slice(0, 4); y <= +last.slice(0, 4); y++) keysOut.push(String(y));
    } else {
      var yy = +first.slice(0, 4), mm = +first.slice(5, 7);
      for (var i = 0; i < months; i++) {
        keysOut.push(yy + '-' + (mm < 10 ? '0' : '') + mm);
        if (++mm > 12) { mm = 1; yy++; }
      }
    }
    return { keys: keysOut, of: function (date) { return byYear ? date.slice(0, 4) : date.slice(0, 7); } };
  }

  var buckets = bucketing();
  var types = Object.keys(data.colours);

  function drawChart(shown) {
    var box = document.getElementById('chart');
    box.textContent = '';
    if (!buckets) return;
    var counts = {}, outside = 0;
    shown.forEach(function (e) {
      if (!inChart(e)) { outside++; return; }
      var k = e.type + '|' + buckets.of(e.date);
      counts[k] = (counts[k] || 0) + 1;
    });
    var left = 130, top = 10, rowH = 22, width = 1100;
    var colW = (width - left - 10) / buckets.keys.length;
    var height = top + rowH * types.length + 28;
    var svg = svgEl('svg', { viewBox: '0 0 ' + width + ' ' + height, class: 'chart', role: 'img',
      'aria-label': 'Events by type and ' + (buckets.keys[0].length === 4 ? 'year' : 'month') });
    var max = 1;
    Object.keys(counts).forEach(function (k) { max = Math.max(max, counts[k]); });
    types.forEach(function (type, row) {
      var y = top + row * rowH + rowH / 2;
      var name = svgEl('text', { x: left - 8, y: y + 4, 'text-anchor': 'end', class: 'axis' });
      name.textContent = label(type);
      svg.appendChild(name);
      svg.appendChild(svgEl('line', { x1: left, x2: width - 10, y1: y, y2: y, class: 'grid' }));
      buckets.keys.forEach(function (b, col) {
        var n = counts[type + '|' + b];
        if (!n) return;
        var r = Math.max(2.5, Math.min(rowH / 2 - 1, colW / 2 - 0.5) * Math.sqrt(n / max));
        var dot = svgEl('circle', { cx: left + colW * (col + 0.5), cy: y, r: r.toFixed(1), fill: data.colours[type],
          class: 'dot', 'data-type': type });
        var tip = svgEl('title', {});
        tip.textContent = label(type) + ', ' + b + ': ' + n + (n === 1 ? ' event' : ' events');
        dot.appendChild(tip);
        dot.addEventListener('click', function () { form.type.value = type; update(); });
        svg.appendChild(dot);
      });
    });
    var every = Math.ceil(buckets.keys.length / 14);
    buckets.keys.forEach(function (b, col) {
      if (col % every) return;
      var t = svgEl('text', { x: left + colW * (col + 0.5), y: height - 8, 'text-anchor': 'middle', class: 'axis' });
      t.textContent = b;
      svg.appendChild(t);
    });
    box.appendChild(svg);
    box.appendChild(el('p', 'note', 'Asserted events by type and ' + (buckets.keys[0].length === 4 ? 'year' : 'month')
      + ' from ' + data.chartFrom + ' to ' + data.chartTo + ' (when the articles were published)'
      + (outside ? '; ' + outside + ' more (recalled, planned, undated or dated outside) are in the list only.' : '.')
      + ' Select a dot to show its type.'));
  }

  function render() {
    var shown = data.events.filter(matches);
    document.getElementById('count').textContent = data.events.length
      ? 'Showing ' + shown.length + ' of ' + data.events.length + (data.events.length === 1 ? ' event.' : ' events.')
      : 'No events.';
    drawChart(shown);
    drawList(shown);
  }

  function update() {
    writeHash();
    render();
  }

  keys.forEach(function (k) { form[k].addEventListener(k === 'q' ? 'input' : 'change', update); });
  document.getElementById('f-reset').addEventListener('click', function () {
    keys.forEach(function (k) { form[k].value = ''; });
    update();
  });
  window.addEventListener('hashchange', function () { readHash(); render(); });
  readHash();
  render();
  document.documentElement.setAttribute('data-ready', '');
})();
