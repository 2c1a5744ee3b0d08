// Progressive help on the submission form; the server checks everything again.
(function () {
  var form = document.getElementById('submission-form');
  if (!form) { return; }
  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }

  // The age category follows from the date of birth at the edition's cut-off date.
  var categories = JSON.parse(form.getAttribute('data-categories'));
  var cutoff = form.getAttribute('data-cutoff');
  var born = document.getElementById('dateOfBirth');
  var output = document.getElementById('category-output');
  var guardian = document.getElementById('guardian-fields');
  function ageOn(birth, day) {
    var b = birth.split('-').map(Number), d = day.split('-').map(Number);
    var age = d[0] - b[0];
    if (d[1] < b[1] || (d[1] === b[1] && d[2] < b[2])) { age--; }
    return age;
  }
  function today() {
    var now = new Date();
    return now.getFullYear() + '-' + (now.getMonth() + 1) + '-' + now.getDate();
  }
  function update() {
    if (!born || !/^\d{4}-\d{2}-\d{2}$/.test(born.value)) {
      if (output) { output.textContent = ''; }
      return;
    }
    var age = ageOn(born.value, cutoff);
    var match = categories.filter(function (c) { return age >= c.min && age <= c.max; })[0];
    var max = Math.max.apply(null, categories.map(function (c) { return c.max; }));
    var text;
    if (match) { text = form.getAttribute('data-category-text').replace('{0}', match.name).replace('{1}', age); }
    else if (age > max) { text = form.getAttribute('data-over-text').replace('{0}', age); }
    else { text = form.getAttribute('data-under-text').replace('{0}', age); }
    output.textContent = text;
    if (guardian) { guardian.hidden = ageOn(born.value, today()) >= 18; }
  }
  if (born) { born.addEventListener('change', update); born.addEventListener('input', update); update(); }

  // A running word count for the synopsis, by the same word boundaries as the server's (ICU): Chinese has words
  // without spaces between them.
  var synopsis = document.getElementById('synopsis');
  var hint = document.getElementById('synopsis-hint');
  function wordsIn(text) {
    if (typeof Intl === 'undefined' || !Intl.Segmenter) {
      return text.trim() ? text.trim().split(/\s+/).length : 0;
    }
    var words = 0;
    var segments = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' }).segment(text);
    for (var it = segments[Symbol.iterator](), s = it.next(); !s.done; s = it.next()) {
      if (s.value.isWordLike) { words++; }
    }
    return words;
  }
  if (synopsis && hint) {
    var base = hint.textContent;
    var count = function () {
      hint.textContent = base + ' (' + wordsIn(synopsis.value) + '/100)';
    };
    synopsis.addEventListener('input', count);
    count();
  }
})();
