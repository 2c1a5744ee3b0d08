// The film upload: tus-js-client, resumable across dropped connections and page reloads, with progress,
// speed and time left. The server decides everything; this only sends bytes and tells the person how it goes.
(function () {
  var panel = document.getElementById('upload');
  if (!panel || !window.tus) { return; }
  var texts = document.getElementById('upload-texts').dataset;
  var input = document.getElementById('film-file');
  var start = document.getElementById('upload-start');
  var pause = document.getElementById('upload-pause');
  var bar = document.getElementById('upload-bar');
  var percentEl = document.getElementById('upload-percent');
  var speedEl = document.getElementById('upload-speed');
  var leftEl = document.getElementById('upload-left');
  var message = document.getElementById('upload-message');
  var resumeNote = document.getElementById('upload-resume');
  var lang = document.documentElement.lang;
  var reference = panel.dataset.reference;
  var maxBytes = Number(panel.dataset.maxBytes);
  var upload = null;
  var samples = [];
  var lastAnnounced = -10;

  function say(text) { message.textContent = text; }
  function fill(template, value) { return template.replace('{0}', value); }
  function number(value, options, fallbackUnit) {
    try { return new Intl.NumberFormat(lang, options).format(value); }
    catch (e) { return String(Math.round(value)) + (fallbackUnit || ''); }
  }
  // Speed in the reader's own units ("1,2 Mo/s", "350 КБ/с"): kilobytes below one megabyte a second.
  function speed(bytesPerSecond) {
    var mega = bytesPerSecond >= 1048576;
    return number(bytesPerSecond / (mega ? 1048576 : 1024),
      { style: 'unit', unit: mega ? 'megabyte-per-second' : 'kilobyte-per-second', maximumFractionDigits: mega ? 1 : 0 },
      mega ? ' MB/s' : ' kB/s');
  }
  function fingerprint(file) {
    return Promise.resolve(['yi', reference, file.name, file.type, file.size, file.lastModified].join('/'));
  }

  // An upload begun earlier on this device for this entry can go on once the same file is chosen again.
  var previous = [];
  try {
    for (var i = 0; i < localStorage.length; i++) {
      var key = localStorage.key(i);
      if (key.indexOf('tus::yi/' + reference + '/') === 0) { previous.push(JSON.parse(localStorage.getItem(key))); }
    }
  } catch (e) { previous = []; }
  if (previous.length) {
    var name = (previous[0].metadata && previous[0].metadata.filename) || '';
    resumeNote.textContent = fill(resumeNote.dataset.text, name);
    resumeNote.hidden = false;
  }

  function progress(sent, total) {
    var now = Date.now();
    samples.push([now, sent]);
    while (samples.length > 2 && now - samples[0][0] > 10000) { samples.shift(); }
    var fraction = total ? sent / total : 0;
    bar.value = Math.floor(fraction * 100);
    percentEl.textContent = number(fraction, { style: 'percent', maximumFractionDigits: 0 });
    var first = samples[0];
    var seconds = (now - first[0]) / 1000;
    if (seconds > 0.5) {
      var rate = (sent - first[1]) / seconds;
      speedEl.textContent = fill(texts.speed, speed(rate));
      if (rate > 0) {
        var left = (total - sent) / rate;
        var unit = left >= 120 ? { value: Math.ceil(left / 60), unit: 'minute' } : { value: Math.ceil(left), unit: 'second' };
        leftEl.textContent = fill(texts.left, number(unit.value, { style: 'unit', unit: unit.unit, unitDisplay: 'long' }));
      }
    }
    var whole = Math.floor(fraction * 100);
    if (whole >= lastAnnounced + 10) {
      lastAnnounced = whole - whole % 10;
      say(fill(texts.uploading, percentEl.textContent));
    }
  }

  function begin() {
    var file = input.files && input.files[0];
    if (!file) { say(texts.nofile); input.focus(); return; }
    if (file.size > maxBytes) { say(texts.toobig); return; }
    document.getElementById('upload-progress').hidden = false;
    start.disabled = true;
    pause.hidden = false;
    samples = [];
    upload = new tus.Upload(file, {
      endpoint: '/uploads',
      chunkSize: Number(panel.dataset.chunkSize) || Infinity,
      retryDelays: [0, 1000, 3000, 5000, 10000, 20000, 30000, 60000, 60000, 120000, 120000, 300000],
      metadata: { filename: file.name, filetype: file.type || 'application/octet-stream', token: panel.dataset.token },
      fingerprint: fingerprint,
      removeFingerprintOnSuccess: true,
      onProgress: progress,
      onShouldRetry: function (err, attempt, options) {
        var status = err.originalResponse ? err.originalResponse.getStatus() : 0;
        if (status === 403 || status === 413 || status === 410 || status === 404) { return false; }
        say(texts.retrying);
        return true;
      },
      onError: function (err) {
        var status = err.originalResponse ? err.originalResponse.getStatus() : 0;
        say(texts['error-' + status] || texts.error);
        start.disabled = false;
        pause.hidden = true;
      },
      onSuccess: function () {
        bar.value = 100;
        leftEl.textContent = '';
        say(texts.done);
        pause.hidden = true;
        setTimeout(function () { window.location.reload(); }, 1500);
      }
    });
    upload.findPreviousUploads().then(function (found) {
      if (found.length) {
        upload.resumeFromPreviousUpload(found[0]);
        say(texts.resumed);
        panel.dataset.resumed = 'true';
      }
      upload.start();
    });
  }

  start.addEventListener('click', begin);
  pause.addEventListener('click', function () {
    if (!upload) { return; }
    if (pause.dataset.paused === 'true') {
      pause.dataset.paused = 'false';
      pause.textContent = pause.dataset.label;
      upload.start();
    } else {
      upload.abort();
      pause.dataset.paused = 'true';
      pause.dataset.label = pause.textContent;
      pause.textContent = start.textContent;
      say(texts.paused);
    }
  });
})();
