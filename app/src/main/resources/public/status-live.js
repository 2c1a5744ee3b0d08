// While the film is being prepared, the status page follows its progress without a reload (every few seconds,
// only while the page is visible, backing off when the network fails) and reloads once the film is ready or refused,
// unless the entrant has begun uploading a replacement on this page: a reload would kill that upload (or wipe what it
// says), so the page only says that the preparation has ended; a finished upload reloads the page itself, and once the
// upload has stopped (refused) a link offers the reload.
(function () {
  var box = document.getElementById('processing');
  if (!box || !window.fetch) { return; }
  var upload = document.getElementById('upload');
  var bar = document.getElementById('processing-progress');
  var figure = document.getElementById('processing-percent');
  var ended = document.getElementById('processing-ended');
  var showLink = document.getElementById('processing-ended-show');
  var url = box.getAttribute('data-progress-url');
  var percent = window.Intl ? new Intl.NumberFormat(document.documentElement.lang, { style: 'percent' }) : null;
  var every = 4000;
  var delay = every;

  function show(value) {
    bar.value = value;
    var text = percent ? percent.format(value / 100) : value + '%';
    bar.textContent = text;
    figure.textContent = text;
  }

  function later() { setTimeout(poll, delay); }

  function uploadBegun() { return Boolean(upload && upload.dataset.upload); }

  // The bar would stand still at its last figure: say instead that the preparation has ended, and offer the reload
  // as soon as it can no longer cut an upload off.
  function endedUnderUpload() {
    box.querySelector('label').hidden = true;
    bar.hidden = true;
    figure.hidden = true;
    ended.hidden = false;
    function offerReload() { showLink.hidden = upload.dataset.upload !== 'stopped'; }
    offerReload();
    new MutationObserver(offerReload).observe(upload, { attributes: true, attributeFilter: ['data-upload'] });
  }

  function poll() {
    if (document.hidden) { later(); return; }
    fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (progress) {
        if (progress.status !== 'RECEIVED' && progress.status !== 'PROCESSING') {
          if (uploadBegun()) { endedUnderUpload(); } else { window.location.reload(); }
          return;
        }
        if (typeof progress.percent === 'number') { show(progress.percent); }
        delay = every;
        later();
      })
      .catch(function () {
        delay = Math.min(delay * 2, 60000);
        later();
      });
  }

  later();
})();
