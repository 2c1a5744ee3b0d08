// Counts down to the edition's deadline in the page's language (the server already wrote the days left), and
// shows the deadline in the reader's own time zone when it differs from the edition's.
(function () {
  var el = document.getElementById('countdown');
  if (!el || !window.Intl || !Intl.NumberFormat) { return; }
  var deadline = Date.parse(el.getAttribute('data-deadline'));
  var template = el.getAttribute('data-template');
  var lang = document.documentElement.lang;
  function unit(value, name) {
    try {
      return new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
    } catch (e) { return value + ' ' + name; }
  }
  function render() {
    var left = Math.max(0, deadline - Date.now());
    var days = Math.floor(left / 86400000);
    var hours = Math.floor(left % 86400000 / 3600000);
    var minutes = Math.floor(left % 3600000 / 60000);
    var parts = [];
    if (days > 0) { parts.push(unit(days, 'day')); }
    if (days < 7) { parts.push(unit(hours, 'hour')); }
    if (days === 0) { parts.push(unit(minutes, 'minute')); }
    el.textContent = template.replace('{0}', parts.join(' '));
  }
  render();
  setInterval(render, 30000);

  // An entrant far from the edition's time zone also gets the deadline in their own.
  var deadlineEl = document.getElementById('deadline');
  var localEl = document.getElementById('local-deadline');
  if (!deadlineEl || !localEl || !Intl.DateTimeFormat) { return; }
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    var inZone = function (z) {
      return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: z }).format(deadline);
    };
    var local = zone && inZone(zone);
    if (local && local !== inZone(deadlineEl.getAttribute('data-zone'))) {
      localEl.textContent = localEl.getAttribute('data-template').replace('{0}', local);
      localEl.hidden = false;
    }
  } catch (e) { /* an older browser: the edition's own time zone stays the only one shown */ }
})();
