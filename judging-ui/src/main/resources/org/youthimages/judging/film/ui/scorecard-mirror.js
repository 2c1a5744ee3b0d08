// Keeps a copy of the scorecard being typed in this browser (localStorage), so that what the juror typed while the
// connection was down survives a closed tab: when the film is opened again, anything the server never confirmed
// is handed back to it. The server confirms each save with the values it stored.
(function () {
  if (window.yiScorecardMirror) {
    return;
  }
  // The server keeps a draft without control characters (a NUL, say, pasted from another document), and confirms
  // what it kept: the page's copy leaves them out too, or the two would never match and the draft stay "Saving…".
  const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
  function read(root) {
    const values = {};
    root.querySelectorAll('[data-yi-field]').forEach(field => {
      const name = field.getAttribute('data-yi-field');
      if (field.tagName === 'VAADIN-RADIO-GROUP') {
        const checked = field.querySelector('vaadin-radio-button[checked] [data-score]');
        values[name] = checked ? checked.getAttribute('data-score') : '';
      } else {
        values[name] = (field.value || '').replace(CONTROLS, '');
      }
    });
    return values;
  }
  function same(a, b) {
    const keys = new Set(Object.keys(a).concat(Object.keys(b)));
    for (const key of keys) {
      if ((a[key] || '') !== (b[key] || '')) {
        return false;
      }
    }
    return true;
  }
  window.yiScorecardMirror = {
    init(root, key, stored) {
      const store = window.localStorage;
      let pending = null;
      // What the juror reads beside the button: the server's "Draft saved at …", or while a change is not confirmed,
      // "Saving…", or "Offline: … kept in this browser" when the browser has no connection.
      function showWaiting() {
        const saved = root.querySelector('.yi-save-status');
        const waiting = root.querySelector('.yi-save-pending');
        const kept = JSON.parse(store.getItem(key) || 'null');
        const unconfirmed = kept && !kept.confirmed;
        if (!root.isConnected || !saved || !waiting) {
          return;
        }
        if (unconfirmed || !navigator.onLine) {
          const text = waiting.getAttribute(navigator.onLine ? 'data-saving' : 'data-offline');
          if (waiting.textContent !== text) {
            waiting.textContent = text;
          }
          waiting.hidden = false;
          saved.hidden = true;
        } else {
          waiting.hidden = true;
          saved.hidden = false;
        }
      }
      function snapshot() {
        pending = null;
        if (!root.isConnected) {
          return;
        }
        const values = read(root);
        const kept = JSON.parse(store.getItem(key) || 'null');
        if (kept && same(kept.values, values)) {
          return;
        }
        store.setItem(key, JSON.stringify({ values, confirmed: false, at: Date.now() }));
        showWaiting();
      }
      function soon() {
        if (!pending) {
          pending = setTimeout(snapshot, 150);
        }
      }
      ['input', 'change', 'click', 'keyup'].forEach(name => root.addEventListener(name, soon, true));
      window.addEventListener('offline', showWaiting);
      window.addEventListener('online', showWaiting);
      root.yiMirror = {
        confirmed(values) {
          const kept = JSON.parse(store.getItem(key) || 'null');
          if (!kept || same(kept.values, values)) {
            store.setItem(key, JSON.stringify({ values, confirmed: true, at: Date.now() }));
          }
          showWaiting();
        },
        forget() {
          store.removeItem(key);
        },
        kept() {
          return JSON.parse(store.getItem(key) || 'null');
        }
      };
      const kept = JSON.parse(store.getItem(key) || 'null');
      if (kept && !kept.confirmed && !same(kept.values, stored) && root.$server) {
        root.$server.restore(JSON.stringify(kept.values));
      } else {
        store.setItem(key, JSON.stringify({ values: stored, confirmed: true, at: Date.now() }));
      }
    }
  };
})();
