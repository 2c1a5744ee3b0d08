// The film upload: tus-js-client, resumable across dropped connections and page reloads, with progress,
// speed and time left. The server decides everything; this only sends bytes and tells the person how it goes.
// While the page is open a network failure never ends the upload: it waits, tries again now and then, and goes on
// the moment the browser is back online. Only the server's refusals (too big, edition closed...) stop it.
// The panel's data-upload says where it stands (running, waiting, paused, stopped, done), for status-live.js too.
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
  // how far the upload has got, every tenth, for screen readers: the percentage on screen is always the latest
  var announcer = document.getElementById('upload-announce');
  var resumeNote = document.getElementById('upload-resume');
  var lang = document.documentElement.lang;
  var reference = panel.dataset.reference;
  var maxBytes = Number(panel.dataset.maxBytes);
  // Waits between tries after a network failure; the last one repeats for as long as the page stays open.
  var retryDelays = [0, 1000, 3000, 5000, 10000, 20000, 30000];
  var upload = null;
  var failures = 0;
  var retryTimer = null;
  var samples = [];
  var lastSent = -1;
  var lastAnnounced = -10;

  function say(text) { message.textContent = text; }
  function fill(template, value) { return template.replace('{0}', value); }
  function become(state) { panel.dataset.upload = state; }
  function is(state) { return panel.dataset.upload === state; }
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
  function timeLeft(seconds) {
    var unit = seconds >= 120 ? { value: Math.ceil(seconds / 60), unit: 'minute' } : { value: Math.ceil(seconds), unit: 'second' };
    return number(unit.value, { style: 'unit', unit: unit.unit, unitDisplay: 'long' });
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

  // Speed and time left only say something while bytes flow: measured afresh after every break.
  function clearFigures() {
    samples = [];
    speedEl.textContent = '';
    leftEl.textContent = '';
  }

  function showFigures(sent, total) {
    var now = Date.now();
    samples.push([now, sent]);
    while (samples.length > 2 && now - samples[0][0] > 10000) { samples.shift(); }
    var seconds = (now - samples[0][0]) / 1000;
    var rate = seconds > 0.5 ? (sent - samples[0][1]) / seconds : 0;
    if (rate > 0) {
      speedEl.textContent = fill(texts.speed, speed(rate));
      leftEl.textContent = fill(texts.left, timeLeft((total - sent) / rate));
    }
  }

  function showPercent(sent, total) {
    var fraction = total ? sent / total : 0;
    bar.value = Math.floor(fraction * 100);
    percentEl.textContent = number(fraction, { style: 'percent', maximumFractionDigits: 0 });
    return Math.floor(fraction * 100);
  }

  function announce(whole, force) {
    if (force || whole >= lastAnnounced + 10) {
      lastAnnounced = whole - whole % 10;
      announcer.textContent = fill(texts.uploading, percentEl.textContent);
    }
  }

  // tus reports the server's offset when it goes on after a break, which may be less than was sent before.
  function progress(sent, total) {
    var whole = showPercent(sent, total);
    if (navigator.onLine === false || !is('running') && !is('waiting')) { return; }
    var flowing = sent > lastSent;
    if (sent < lastSent) { clearFigures(); }
    if (flowing) { failures = 0; }
    lastSent = sent;
    var wasWaiting = is('waiting');
    become('running');
    if (wasWaiting) { say(''); }
    showFigures(sent, total);
    announce(whole, wasWaiting);
  }

  function waitForConnection() {
    become('waiting');
    clearFigures();
    say(texts.retrying);
  }

  function goOnNow() {
    clearTimeout(retryTimer);
    retryTimer = null;
    upload.abort();
    upload.start();
  }

  function connectionReturned() {
    if (is('waiting') && navigator.onLine !== false) { goOnNow(); }
  }

  function connectionLost() {
    if (is('running')) { waitForConnection(); }
  }

  // Mirrors tus-js-client's own rule: a 4xx answer is the server saying no, except 409 and 423 (try again).
  function refused(err) {
    var status = err.originalResponse ? err.originalResponse.getStatus() : 0;
    return !err.originalRequest || (status >= 400 && status < 500 && status !== 409 && status !== 423);
  }

  function failed(err) {
    if (refused(err)) { stop(err); return; }
    waitForConnection();
    retryTimer = setTimeout(goOnNow, retryDelays[Math.min(failures++, retryDelays.length - 1)]);
  }

  function stop(err) {
    var status = err.originalResponse ? err.originalResponse.getStatus() : 0;
    become('stopped');
    clearFigures();
    say(texts['error-' + status] || texts.error);
    showControls(false);
  }

  // The entrant then sees, at the top of the reloaded page, that the film arrived and is being prepared.
  function arrived() {
    become('done');
    showPercent(1, 1);
    clearFigures();
    say(texts.done);
    pause.hidden = true;
    setTimeout(function () { window.location.assign(arrivalAddress()); }, 1500);
  }

  function arrivalAddress() {
    var params = new URLSearchParams();
    var language = new URLSearchParams(window.location.search).get('lang');
    if (language) { params.set('lang', language); }
    params.set('uploaded', '1');
    return window.location.pathname + '?' + params.toString();
  }

  // Read aloud and in view however far down the page the person was; a reload then shows the page as it is.
  function showArrival() {
    var notice = document.getElementById('film-arrived');
    if (!notice) { return; }
    notice.focus();
    var params = new URLSearchParams(window.location.search);
    params.delete('uploaded');
    var query = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
  }

  // While an upload is under way there is one control: Pause, or Resume once paused.
  function showControls(uploading) {
    start.hidden = uploading;
    start.disabled = uploading;
    pause.hidden = !uploading;
    labelPause(false);
  }

  function labelPause(paused) {
    pause.textContent = paused ? texts.resume : texts.pause;
    pause.classList.toggle('secondary', !paused);
  }

  function options(file) {
    return {
      endpoint: '/uploads',
      chunkSize: Number(panel.dataset.chunkSize) || Infinity,
      // this page retries by itself (failed), so that it never gives up and can go on as soon as the network is back
      retryDelays: null,
      metadata: { filename: file.name, filetype: file.type || 'application/octet-stream', token: panel.dataset.token },
      fingerprint: fingerprint,
      removeFingerprintOnSuccess: true,
      onProgress: progress,
      onError: failed,
      onSuccess: arrived
    };
  }

  function begin() {
    var file = input.files && input.files[0];
    if (!file) { say(texts.nofile); input.focus(); return; }
    if (file.size > maxBytes) { say(texts.toobig); return; }
    document.getElementById('upload-progress').hidden = false;
    showControls(true);
    clearFigures();
    failures = 0;
    lastSent = -1;
    lastAnnounced = -10;
    upload = new tus.Upload(file, options(file));
    become('running');
    upload.findPreviousUploads().then(function (found) {
      if (found.length) {
        upload.resumeFromPreviousUpload(found[0]);
        say(texts.resumed);
        panel.dataset.resumed = 'true';
      }
      if (is('running')) { upload.start(); }
    });
  }

  function pauseOrResume() {
    if (!upload) { return; }
    if (is('paused')) {
      become('running');
      labelPause(false);
      say('');
      goOnNow();
    } else {
      clearTimeout(retryTimer);
      upload.abort();
      become('paused');
      clearFigures();
      labelPause(true);
      say(texts.paused);
    }
  }

  start.addEventListener('click', begin);
  pause.addEventListener('click', pauseOrResume);
  window.addEventListener('online', connectionReturned);
  window.addEventListener('offline', connectionLost);
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) { connectionReturned(); }
  });
  showArrival();
})();
