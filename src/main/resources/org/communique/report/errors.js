// Records every script error, rejected promise, console.error and failed local file (style sheet,
// image) in <html data-errors="[...]">, so that a headless browser's DOM dump shows them; and marks
// <html data-loaded> when the page has loaded.
(function () {
  'use strict';
  var errors = [];
  function note(message) {
    errors.push(String(message));
    document.documentElement.setAttribute('data-errors', JSON.stringify(errors));
  }
  window.addEventListener('error', function (e) {
    if (e.target && e.target !== window && (e.target.src || e.target.href)) {
      note('cannot load ' + (e.target.src || e.target.href));
    } else {
      note((e.message || 'script error') + (e.filename ? ' at ' + e.filename + ':' + e.lineno : ''));
    }
  }, true);
  window.addEventListener('unhandledrejection', function (e) { note('unhandled rejection: ' + e.reason); });
  var consoleError = console.error;
  console.error = function () {
    note(Array.prototype.join.call(arguments, ' '));
    consoleError.apply(console, arguments);
  };
  window.addEventListener('load', function () { document.documentElement.setAttribute('data-loaded', ''); });
})();
