// What an entrant types into the submission form is kept in this browser tab (sessionStorage), so that a reload, a
// lost connection or a phone that closes the page in the background does not cost them the form. Declarations are
// never filled in again: each is ticked afresh. The copy goes once the entry exists, with "Clear the form", or when
// the tab is closed, so nothing stays behind on a shared computer.
(function () {
  var store;
  try {
    store = window.sessionStorage;
    store.setItem('yi-probe', '1');
    store.removeItem('yi-probe');
  } catch (e) {
    return;
  }

  var done = document.getElementById('draft-done');
  if (done) {
    store.removeItem(done.getAttribute('data-draft'));
    return;
  }
  var form = document.getElementById('submission-form');
  var key = form && form.getAttribute('data-draft');
  if (!key) { return; }
  var notice = document.getElementById('draft-restored');
  var skipped = ['hidden', 'file', 'submit', 'button', 'reset', 'password'];
  var fields = Array.prototype.filter.call(form.elements, function (el) {
    return el.name && !/^decl\./.test(el.name) && skipped.indexOf(el.type) < 0;
  });
  var choice = function (el) { return el.type === 'radio' || el.type === 'checkbox'; };

  function announce(el) {
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function save() {
    var values = {};
    fields.forEach(function (el) {
      if (choice(el)) {
        if (el.checked) { values[el.name] = el.value; }
      } else {
        values[el.name] = el.value;
      }
    });
    try {
      store.setItem(key, JSON.stringify(values));
    } catch (e) {
      // storage full or refused: the form works as before, only without the copy
    }
  }

  // Fills in what differs from the page as served; says whether anything did.
  function restore(values) {
    var changed = false;
    fields.forEach(function (el) {
      if (choice(el)) {
        var checked = values[el.name] === el.value;
        if (checked !== el.checked) { el.checked = checked; changed = true; announce(el); }
      } else if (Object.prototype.hasOwnProperty.call(values, el.name)
          && values[el.name].trim() !== el.value.trim()) { // the server trims what it sends back
        el.value = values[el.name];
        changed = changed || el.value !== '';
        announce(el);
      }
    });
    return changed;
  }

  var saved = null;
  try { saved = JSON.parse(store.getItem(key)); } catch (e) { saved = null; }
  // Team members' rows are drawn by the server: ask once for as many as the copy fills.
  var rows = 0;
  Object.keys(saved || {}).forEach(function (name) {
    var row = /^team(\d+)\./.exec(name);
    if (row && saved[name]) { rows = Math.max(rows, Number(row[1]) + 1); }
  });
  var shown = form.querySelectorAll('input[name$=".givenName"][name^="team"]').length;
  var url = new URL(window.location.href);
  if (rows > shown && !url.searchParams.has('team')) {
    url.searchParams.set('team', String(rows));
    window.location.replace(url.toString());
    return;
  }
  if (saved && restore(saved) && notice) {
    notice.hidden = false;
  }
  form.addEventListener('input', save);
  form.addEventListener('change', save);

  var clear = document.getElementById('draft-clear');
  if (clear) {
    clear.addEventListener('click', function () {
      fields.forEach(function (el) {
        if (choice(el)) { el.checked = false; } else if (el.tagName === 'SELECT') { el.selectedIndex = 0; } else { el.value = ''; }
        announce(el); // which saves an empty copy: removed just below
      });
      store.removeItem(key);
      notice.hidden = true;
      var first = fields[0];
      if (first) { first.focus(); }
    });
  }
})();
