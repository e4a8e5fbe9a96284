// Pointing at a node of the network dims every node and line but its own ties.
(function () {
  'use strict';
  var svg = document.querySelector('svg.network');
  if (!svg) return;
  var lines = Array.prototype.slice.call(svg.querySelectorAll('line.edge'));
  var nodes = Array.prototype.slice.call(svg.querySelectorAll('g.node'));
  function focus(id) {
    var near = {};
    near[id] = true;
    lines.forEach(function (l) {
      var on = l.getAttribute('data-a') === id || l.getAttribute('data-b') === id;
      l.classList.toggle('lit', on);
      if (on) { near[l.getAttribute('data-a')] = true; near[l.getAttribute('data-b')] = true; }
    });
    nodes.forEach(function (n) { n.classList.toggle('dim', !near[n.getAttribute('data-node')]); });
    svg.classList.add('focused');
  }
  function clear() {
    svg.classList.remove('focused');
    lines.forEach(function (l) { l.classList.remove('lit'); });
    nodes.forEach(function (n) { n.classList.remove('dim'); });
  }
  nodes.forEach(function (n) {
    n.addEventListener('mouseenter', function () { focus(n.getAttribute('data-node')); });
    n.addEventListener('mouseleave', clear);
    n.addEventListener('focusin', function () { focus(n.getAttribute('data-node')); });
    n.addEventListener('focusout', clear);
  });
  document.documentElement.setAttribute('data-ready', '');
})();
