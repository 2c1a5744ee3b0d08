// The film screen's player: picks the rendition that suits the connection and the screen (lighter on a weak or
// saving connection, lighter again if playback stalls), switches renditions without losing the place, shows
// storyboard thumbnails while scrubbing, answers keyboard shortcuts, and reports the stretches actually played.
(function () {
  if (window.yiFilmPlayer) {
    return;
  }
  const TYPING = ['INPUT', 'TEXTAREA', 'SELECT', 'VAADIN-TEXT-AREA', 'VAADIN-TEXT-FIELD', 'VAADIN-EMAIL-FIELD',
    'VAADIN-PASSWORD-FIELD', 'VAADIN-SELECT', 'VAADIN-COMBO-BOX', 'VAADIN-RADIO-GROUP', 'VAADIN-RADIO-BUTTON',
    'VAADIN-CHECKBOX', 'VAADIN-BUTTON', 'VAADIN-DIALOG-OVERLAY'];
  const REPORT_EVERY_MS = 5000;

  function mergeRanges(ranges) {
    const sorted = ranges.filter(r => r[1] > r[0]).sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const r of sorted) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1] + 0.25) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.push([r[0], r[1]]);
      }
    }
    return merged;
  }

  function total(ranges) {
    return ranges.reduce((sum, r) => sum + (r[1] - r[0]), 0);
  }

  // Lightest first. Low bandwidth, data saver or a 2G link: the lightest. Otherwise the smallest rendition that
  // fills the player at this screen's pixel density, within what the measured downlink can carry.
  function pick(renditions, video, low) {
    const byHeight = renditions.slice().sort((a, b) => a.height - b.height);
    if (byHeight.length === 0) {
      return null;
    }
    const connection = navigator.connection || {};
    if (low || connection.saveData || ['slow-2g', '2g'].includes(connection.effectiveType)) {
      return byHeight[0];
    }
    let maxBits = Infinity;
    if (connection.downlink) {
      maxBits = connection.downlink * 1e6 * 0.8;
    }
    if (connection.effectiveType === '3g') {
      maxBits = Math.min(maxBits, 1.2e6);
    }
    const fits = byHeight.filter(r => !r.bitrate || r.bitrate <= maxBits);
    const usable = fits.length ? fits : [byHeight[0]];
    const needed = (video.clientWidth || 640) * (window.devicePixelRatio || 1) * 9 / 16;
    return usable.find(r => r.height >= needed * 0.9) || usable[usable.length - 1];
  }

  function seconds(stamp) {
    const parts = stamp.trim().split(':').map(Number);
    return parts.reduce((acc, p) => acc * 60 + p, 0);
  }

  function parseStoryboard(text) {
    const cues = [];
    const blocks = text.replace(/\r/g, '').split(/\n\n+/);
    for (const block of blocks) {
      const lines = block.split('\n').filter(l => l.trim().length);
      const timing = lines.findIndex(l => l.includes('-->'));
      if (timing < 0 || !lines[timing + 1]) {
        continue;
      }
      const [from, to] = lines[timing].split('-->').map(s => seconds(s.split(' ').filter(Boolean)[0] || s));
      const target = lines[timing + 1].trim();
      const hash = target.indexOf('#xywh=');
      const box = hash >= 0 ? target.substring(hash + 6).split(',').map(Number) : [0, 0, 0, 0];
      cues.push({ from, to, url: hash >= 0 ? target.substring(0, hash) : target, x: box[0], y: box[1], w: box[2], h: box[3] });
    }
    return cues;
  }

  function clock(t) {
    t = Math.max(0, Math.floor(t || 0));
    return Math.floor(t / 60) + ':' + String(t % 60).padStart(2, '0');
  }

  function typing(event) {
    return event.composedPath().some(node => node.tagName && (TYPING.includes(node.tagName) || node.isContentEditable));
  }

  window.yiFilmPlayer = {
    init(root, config) {
      const video = root.querySelector('video');
      const scrubber = root.querySelector('.yi-scrubber');
      const fill = root.querySelector('.yi-scrubber-fill');
      const preview = root.querySelector('.yi-scrubber-preview');
      const thumb = root.querySelector('.yi-thumb');
      const time = root.querySelector('.yi-thumb-time');
      const state = {
        auto: true, low: !!config.lowBandwidth, current: null, ranges: [], reported: -1, stalls: [], cues: [],
        retries: 0
      };

      function collect() {
        const played = [];
        for (let i = 0; i < video.played.length; i++) {
          played.push([video.played.start(i), video.played.end(i)]);
        }
        state.ranges = mergeRanges(state.ranges.concat(played));
      }

      function report(force) {
        collect();
        const watched = total(state.ranges);
        if ((force || Math.abs(watched - state.reported) >= 0.5) && isFinite(video.duration) && root.$server) {
          state.reported = watched;
          root.$server.played(state.ranges.map(r => r[0].toFixed(2) + ',' + r[1].toFixed(2)).join(';'), video.duration);
        }
      }

      function use(rendition, keepPlace) {
        if (!rendition || (state.current && state.current.label === rendition.label && video.src)) {
          return;
        }
        collect();
        const at = video.currentTime;
        const playing = !video.paused && !video.ended;
        state.current = rendition;
        video.src = rendition.src;
        if (keepPlace && at > 0) {
          video.addEventListener('loadedmetadata', () => {
            video.currentTime = at;
            if (playing) {
              video.play().catch(() => {});
            }
          }, { once: true });
        }
        root.dataset.rendition = rendition.label;
        if (root.$server) {
          root.$server.renditionShown(rendition.label, state.auto);
        }
      }

      function lighter() {
        const byHeight = config.renditions.slice().sort((a, b) => a.height - b.height);
        const index = byHeight.findIndex(r => r.label === (state.current && state.current.label));
        return index > 0 ? byHeight[index - 1] : null;
      }

      root.yi = {
        choose(label) {
          state.auto = label === 'auto';
          use(state.auto ? pick(config.renditions, video, state.low)
            : config.renditions.find(r => r.label === label), true);
        },
        setLowBandwidth(on) {
          state.low = on;
          if (state.auto) {
            use(pick(config.renditions, video, state.low), true);
          }
        },
        state() {
          collect();
          return { rendition: state.current && state.current.label, auto: state.auto, watched: total(state.ranges),
            time: video.currentTime, paused: video.paused };
        }
      };

      video.addEventListener('waiting', () => {
        if (!state.auto || video.paused || video.currentTime < 1) {
          return;
        }
        const now = Date.now();
        state.stalls = state.stalls.filter(t => now - t < 30000).concat([now]);
        const down = lighter();
        if (state.stalls.length >= 2 && down) {
          state.stalls = [];
          use(down, true);
        }
      });
      video.addEventListener('error', () => {
        // a signed link may have expired while paused: ask the server for a fresh one, keep the place
        if (state.current && state.retries++ < 3) {
          const at = video.currentTime;
          video.src = state.current.src + (state.current.src.includes('?') ? '&' : '?') + 'retry=' + state.retries;
          video.addEventListener('loadedmetadata', () => { video.currentTime = at; }, { once: true });
        }
      });
      ['pause', 'ended', 'seeking'].forEach(name => video.addEventListener(name, () => report(name === 'ended')));
      ['timeupdate', 'durationchange'].forEach(name => video.addEventListener(name, () => {
        if (isFinite(video.duration) && video.duration > 0) {
          fill.style.width = (100 * video.currentTime / video.duration) + '%';
          scrubber.setAttribute('aria-valuemax', Math.round(video.duration));
          scrubber.setAttribute('aria-valuenow', Math.round(video.currentTime));
          scrubber.setAttribute('aria-valuetext', clock(video.currentTime) + ' / ' + clock(video.duration));
        }
      }));
      const timer = setInterval(() => {
        if (!root.isConnected) {
          clearInterval(timer);
          document.removeEventListener('keydown', keys);
          return;
        }
        if (!video.paused) {
          report(false);
        }
      }, REPORT_EVERY_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden' && root.isConnected) {
          report(true);
        }
      });

      function timeAt(clientX) {
        const box = scrubber.getBoundingClientRect();
        const share = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
        return { share, at: share * (isFinite(video.duration) ? video.duration : (config.durationMs || 0) / 1000) };
      }
      scrubber.addEventListener('pointermove', event => {
        const { share, at } = timeAt(event.clientX);
        const cue = state.cues.find(c => at >= c.from && at < c.to);
        preview.style.left = (share * 100) + '%';
        preview.hidden = false;
        time.textContent = clock(at);
        if (cue) {
          thumb.hidden = false;
          thumb.style.width = cue.w + 'px';
          thumb.style.height = cue.h + 'px';
          thumb.style.backgroundImage = 'url("' + cue.url + '")';
          thumb.style.backgroundPosition = (-cue.x) + 'px ' + (-cue.y) + 'px';
        } else {
          thumb.hidden = true;
        }
      });
      scrubber.addEventListener('pointerleave', () => { preview.hidden = true; });
      scrubber.addEventListener('click', event => { video.currentTime = timeAt(event.clientX).at; });
      scrubber.addEventListener('keydown', event => {
        if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
          video.currentTime += event.key === 'ArrowLeft' ? -5 : 5;
          event.preventDefault();
          event.stopPropagation();
        }
      });
      if (config.storyboard) {
        fetch(config.storyboard, { credentials: 'same-origin' }).then(r => r.ok ? r.text() : '')
          .then(text => { state.cues = parseStoryboard(text); }).catch(() => {});
      }

      function toggleSubtitles() {
        const tracks = Array.from(video.textTracks);
        const showing = tracks.find(t => t.mode === 'showing');
        tracks.forEach(t => { t.mode = 'disabled'; });
        if (!showing && tracks.length) {
          (tracks.find(t => t.language === config.defaultSubtitle) || tracks[0]).mode = 'showing';
        }
      }
      function keys(event) {
        if (!root.isConnected || event.altKey || event.ctrlKey || event.metaKey || typing(event)) {
          return;
        }
        const key = event.key;
        const step = { ArrowLeft: -5, ArrowRight: 5, j: -10, J: -10, l: 10, L: 10 }[key];
        if (key === ' ' || key === 'k' || key === 'K') {
          video.paused ? video.play().catch(() => {}) : video.pause();
        } else if (step !== undefined) {
          video.currentTime = Math.max(0, video.currentTime + step);
        } else if (key === 'm' || key === 'M') {
          video.muted = !video.muted;
        } else if (key === 'f' || key === 'F') {
          document.fullscreenElement ? document.exitFullscreen() : root.querySelector('.yi-player-stage').requestFullscreen();
        } else if (key === 'c' || key === 'C') {
          toggleSubtitles();
        } else if (key === ',' || key === '.') {
          video.pause();
          video.currentTime += key === ',' ? -1 / 25 : 1 / 25;
        } else if (/^[0-9]$/.test(key) && isFinite(video.duration)) {
          video.currentTime = video.duration * Number(key) / 10;
        } else {
          return;
        }
        event.preventDefault();
      }
      document.addEventListener('keydown', keys);

      video.addEventListener('loadedmetadata', () => {
        Array.from(video.textTracks).forEach(t => {
          t.mode = config.defaultSubtitle && t.language === config.defaultSubtitle ? 'showing' : 'disabled';
        });
      }, { once: true });
      use(pick(config.renditions, video, state.low), false);
    }
  };
})();
