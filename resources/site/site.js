/* CourseBuilder offline package: navigation, questions, scores and progress, all on the device. */
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('cb-data').textContent);
  // A package of pages keeps the words and items of each language in one script all its pages load.
  if (window.CB_COURSE) { DATA.strings = window.CB_COURSE.strings; DATA.items = window.CB_COURSE.items; }
  var S = DATA.strings;
  /* Each key knows its own name: a sealed key's hashes are made with it. */
  function named(keys) { Object.keys(keys).forEach(function (k) { keys[k].k = k; }); return keys; }
  var KEYS = named(DATA.questions);
  var ITEMS = DATA.items;
  /* A one-page package in several languages carries each language's words, items and answer keys and
     uses those of the section shown. Progress is kept by object id: the same in every language. */
  var LANG = DATA.lang;
  var VARIANTS = DATA.variants || {};
  VARIANTS[LANG] = { title: DATA.course.title, strings: S, items: ITEMS, questions: KEYS };
  var prepared = {};

  function fmt(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, k) { return values[k] === undefined ? m : values[k]; });
  }
  function all(root, sel) { return Array.prototype.slice.call(root.querySelectorAll(sel)); }
  function itemById(id) { for (var i = 0; i < ITEMS.length; i++) { if (ITEMS[i].id === id) return ITEMS[i]; } return null; }

  /* ---------- Progress kept in the browser (localStorage may be refused, e.g. some file:// set-ups) ---------- */
  var STORE_KEY = 'coursebuilder:' + DATA.course.id;
  var storage = null;
  try {
    storage = window.localStorage;
    storage.setItem('coursebuilder:probe', '1');
    storage.removeItem('coursebuilder:probe');
  } catch (e) { storage = null; }

  function emptyState() { return { v: 1, visited: {}, answers: {}, checked: {}, quizzes: {}, surveys: {}, last: null }; }
  var state = null;
  try { state = storage ? JSON.parse(storage.getItem(STORE_KEY) || 'null') : null; } catch (e) { state = null; }
  if (!state || state.v !== 1) state = emptyState();

  // In an LMS the browser's copy is kept per learner (several trainees may share one computer).
  var storeKey = STORE_KEY;
  function save() {
    if (storage) {
      try { storage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* full or refused: keep in memory */ }
    }
    scorm.save();
  }

  /* The better of a quiz's current and best results (by percent), or null. */
  function bestResult(st) {
    if (!st) return null;
    var a = st.result || null, b = st.best || null;
    if (!a) return b;
    if (!b) return a;
    return b.percent > a.percent ? b : a;
  }

  /* ---------- SCORM 1.2: report to the LMS when one provides the API, work alone when not ---------- */
  var scorm = (function () {
    var api = null;
    var started = new Date().getTime();
    // What the LMS had recorded when the course opened: never reported lower than that.
    var recorded = { status: '', score: null };
    var RANK = { passed: 3, completed: 2, failed: 2, incomplete: 1 };
    var SUSPEND_LIMIT = 4096;
    function find(win) {
      for (var n = 0; win && n < 12; n++) {
        try { if (win.API) return win.API; } catch (e) { /* another origin */ }
        if (!win.parent || win.parent === win) break;
        win = win.parent;
      }
      return null;
    }
    function call(name, a, b) {
      try { return api[name].apply(api, b === undefined ? [a] : [a, b]); } catch (e) { return ''; }
    }
    function pad(n, w) { n = String(n); while (n.length < w) n = '0' + n; return n; }
    function timespan(secs) {
      secs = Math.max(0, Math.round(secs));
      return pad(Math.floor(secs / 3600), 4) + ':' + pad(Math.floor(secs / 60) % 60, 2) + ':' + pad(secs % 60, 2);
    }
    var keyIds = Object.keys(KEYS);
    var itemIds = ITEMS.map(function (i) { return i.id; });
    function brief(r) { return r ? [+r.points.toFixed(3), +r.total.toFixed(3), r.percent, r.passed ? 1 : 0] : 0; }
    function full(b) { return b ? { points: b[0], total: b[1], percent: b[2], passed: !!b[3], rows: [] } : null; }
    /* Write the state compactly by index; detail goes first when it does not fit: answers, then pages seen. */
    function pack(level) {
      var o = { w: 2, q: {} };
      if (state.last) o.l = itemIds.indexOf(state.last);
      ITEMS.forEach(function (item, i) {
        var st = state.quizzes[item.id];
        if (st) o.q[i] = [st.attempt || 1, st.finished ? 1 : 0, brief(st.result), brief(st.best)];
      });
      var sv = [];
      ITEMS.forEach(function (item, i) { if (state.surveys[item.id] && state.surveys[item.id].submitted) sv.push(i); });
      if (sv.length) o.s = sv;
      if (level < 2) {
        o.v = [];
        ITEMS.forEach(function (item, i) { if (state.visited[item.id]) o.v.push(i); });
      }
      if (level < 1) {
        o.a = {}; o.c = {};
        keyIds.forEach(function (k, i) {
          if (k in state.answers) o.a[i] = state.answers[k];
          if (k in state.checked) o.c[i] = state.checked[k];
        });
      }
      return JSON.stringify(o);
    }
    function unpack(text) {
      var o = JSON.parse(text || 'null');
      if (!o) return null;
      if (o.v === 1 && o.visited) return o;  // the full form older packages wrote
      if (o.w !== 2) return null;
      var st = emptyState();
      (o.v || []).forEach(function (i) { if (itemIds[i]) st.visited[itemIds[i]] = true; });
      Object.keys(o.q || {}).forEach(function (i) {
        var q = o.q[i], id = itemIds[i];
        if (!id) return;
        st.quizzes[id] = { attempt: q[0], finished: !!q[1], result: full(q[2]), best: full(q[3]) };
        if (!st.quizzes[id].best) delete st.quizzes[id].best;
        if (st.quizzes[id].finished && !st.quizzes[id].result) st.quizzes[id].finished = false;
      });
      (o.s || []).forEach(function (i) { if (itemIds[i]) st.surveys[itemIds[i]] = { submitted: true }; });
      Object.keys(o.a || {}).forEach(function (i) { if (keyIds[i]) st.answers[keyIds[i]] = o.a[i]; });
      Object.keys(o.c || {}).forEach(function (i) { if (keyIds[i]) st.checked[keyIds[i]] = o.c[i]; });
      if (o.l !== undefined && itemIds[o.l]) st.last = itemIds[o.l];
      return st;
    }
    var KIND = { single_choice: 'choice', multiple_choice: 'choice', true_false: 'true-false', short_answer: 'fill-in',
                 fill_blank: 'fill-in', open_text: 'fill-in', numeric: 'numeric', rating_scale: 'likert',
                 matching: 'performance', ordering: 'performance' };
    function response(key, answer) {
      if (answer === null || answer === undefined) return '';
      if (key.type === 'true_false') return answer === 'true' ? 't' : 'f';
      if (key.type === 'numeric') { var x = parseNumber(answer); return isNaN(x) ? '' : String(x); }
      return [].concat(answer).join(',').replace(/[\u0000-\u001f]/g, ' ').slice(0, 255);
    }
    /* The right response as SCORM writes it; only quiz questions (sealed keys) are reported. */
    function pattern(key) { return key.sealed ? unseal(key, key.pat, 'pattern') : ''; }
    return {
      start: function () {
        if (!DATA.scorm) return;
        api = find(window) || (window.opener ? find(window.opener) : null);
        if (!api) return;
        if (String(call('LMSInitialize', '')) !== 'true') { api = null; return; }
        var status = String(call('LMSGetValue', 'cmi.core.lesson_status'));
        recorded.status = status;
        var raw = String(call('LMSGetValue', 'cmi.core.score.raw'));
        recorded.score = raw === '' || isNaN(Number(raw)) ? null : Number(raw);
        if (status === 'not attempted' || status === '') call('LMSSetValue', 'cmi.core.lesson_status', 'incomplete');
        // The LMS's record is the truth for this learner; the browser's copy may be another trainee's.
        storeKey = STORE_KEY + ':' + String(call('LMSGetValue', 'cmi.core.student_id'));
        var restored = null;
        try { restored = unpack(String(call('LMSGetValue', 'cmi.suspend_data'))); } catch (e) { restored = null; }
        state = restored || emptyState();
      },
      report: function () {
        if (!api) return;
        var quizzes = ITEMS.filter(function (i) { return i.kind === 'quiz'; });
        var got = 0, total = 0, finished = 0, passedAll = true;
        quizzes.forEach(function (q) {
          var r = bestResult(state.quizzes[q.id]);
          total += q.total;
          if (r) { got += r.points; finished++; if (!r.passed) passedAll = false; }
        });
        // No score until a quiz has been taken; never below what the LMS already holds.
        var score = finished && total > 0 ? Math.round(100 * got / total) : null;
        if (recorded.score !== null && (score === null || score < recorded.score)) score = recorded.score;
        if (score !== null) {
          call('LMSSetValue', 'cmi.core.score.min', '0');
          call('LMSSetValue', 'cmi.core.score.max', '100');
          call('LMSSetValue', 'cmi.core.score.raw', String(score));
        }
        var status;
        if (quizzes.length && finished === quizzes.length) status = passedAll ? 'passed' : 'failed';
        else if (!quizzes.length && doneCount() === ITEMS.length) status = 'completed';
        else status = 'incomplete';
        if ((RANK[recorded.status] || 0) > (RANK[status] || 0)) status = recorded.status;
        call('LMSSetValue', 'cmi.core.lesson_status', status);
        call('LMSCommit', '');
      },
      /* Send one question's answer to the LMS as cmi.interactions.n. */
      interaction: function (k, key, answer, result, seconds) {
        if (!api) return;
        var n = Number(call('LMSGetValue', 'cmi.interactions._count')) || 0;
        var pre = 'cmi.interactions.' + n + '.';
        var type = KIND[key.type] || 'performance';
        if (type === 'numeric' && response(key, answer) === '') type = 'fill-in';
        call('LMSSetValue', pre + 'id', k.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 255));
        call('LMSSetValue', pre + 'type', type);
        call('LMSSetValue', pre + 'student_response', response(key, answer));
        call('LMSSetValue', pre + 'result', result === true ? 'correct' : result === false ? 'wrong' : 'neutral');
        if (key.gradable) {
          call('LMSSetValue', pre + 'weighting', String(key.points));
          var p = pattern(key);
          if (p) call('LMSSetValue', pre + 'correct_responses.0.pattern', p);
        }
        call('LMSSetValue', pre + 'latency', timespan(seconds));
      },
      save: function () {
        if (!api) return;
        var text = '';
        for (var level = 0; level < 3; level++) {
          text = pack(level);
          if (text.length <= SUSPEND_LIMIT) break;
        }
        if (text.length <= SUSPEND_LIMIT) call('LMSSetValue', 'cmi.suspend_data', text);
        if (state.last) call('LMSSetValue', 'cmi.core.lesson_location', String(state.last).slice(0, 255));
      },
      finish: function () {
        if (!api) return;
        var secs = Math.round((new Date().getTime() - started) / 1000);
        call('LMSSetValue', 'cmi.core.session_time', timespan(secs));
        call('LMSSetValue', 'cmi.core.exit', 'suspend');
        call('LMSCommit', '');
        call('LMSFinish', '');
        api = null;
      }
    };
  })();

  /* ---------- Seeded shuffling, so a reload shows the same order ---------- */
  function seeded(text) {
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 16777619); }
    return function () {
      h = Math.imul(h ^ (h >>> 15), 1 | h);
      h ^= h + Math.imul(h ^ (h >>> 7), 61 | h);
      return ((h ^ (h >>> 14)) >>> 0) / 4294967296;
    };
  }
  /* Remember the order the page lists things in: every mixing starts from it, so a reload, a new try and
     a switch of language all show the same order for the same try. */
  function keepOrder(parent) { if (!parent.cbOrder) parent.cbOrder = Array.prototype.slice.call(parent.children); }
  function shuffleChildren(parent, seed, avoidIdentity) {
    keepOrder(parent);
    var kids = parent.cbOrder;
    if (kids.length < 2) return;
    var rnd = seeded(seed);
    var order = kids.map(function (k, i) { return i; });
    for (var i = order.length - 1; i > 0; i--) {
      var j = Math.floor(rnd() * (i + 1)); var t = order[i]; order[i] = order[j]; order[j] = t;
    }
    if (avoidIdentity && order.every(function (v, i) { return v === i; })) order.push(order.shift());
    order.forEach(function (i) { parent.appendChild(kids[i]); });
  }

  /* ---------- Reading, restoring and marking answers ---------- */
  function norm(text, cs) {
    var t = String(text || '');
    if (t.normalize) t = t.normalize('NFKC');
    t = t.replace(/\s+/g, ' ').trim();
    return cs ? t : t.toLowerCase();
  }
  function parseNumber(text) {
    var t = norm(text, true).replace(/\s/g, '');
    if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) t = t.replace(',', '.');
    else t = t.replace(/,/g, '');
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return NaN;
    return parseFloat(t);
  }

  /* ---------- Sealed quiz keys: hashes of the right answers, never the answers (see exporters/offline/sealed.py).
     SubtleCrypto is asynchronous and missing on file:// and plain http in some browsers: a small SHA-256 here. */
  var sha256 = (function () {
    var K = [];
    (function () {
      var n = 2, found = 0;
      function frac(x) { return ((x - Math.floor(x)) * 4294967296) | 0; }
      while (found < 64) {
        var prime = true;
        for (var d = 2; d * d <= n; d++) { if (n % d === 0) { prime = false; break; } }
        if (prime) { K[found++] = frac(Math.pow(n, 1 / 3)); }
        n++;
      }
    })();
    function utf8(text) {
      var out = [], s = unescape(encodeURIComponent(text));
      for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
      return out;
    }
    return function (text) {
      var bytes = utf8(text), len = bytes.length * 8;
      bytes.push(0x80);
      while (bytes.length % 64 !== 56) bytes.push(0);
      for (var s = 7; s >= 0; s--) bytes.push(s >= 4 ? 0 : (len >>> (s * 8)) & 255);
      var H = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
      var W = new Array(64);
      for (var off = 0; off < bytes.length; off += 64) {
        for (var t = 0; t < 16; t++) {
          W[t] = (bytes[off + 4 * t] << 24) | (bytes[off + 4 * t + 1] << 16) | (bytes[off + 4 * t + 2] << 8) | bytes[off + 4 * t + 3];
        }
        for (t = 16; t < 64; t++) {
          var a0 = W[t - 15], a1 = W[t - 2];
          var s0 = ((a0 >>> 7) | (a0 << 25)) ^ ((a0 >>> 18) | (a0 << 14)) ^ (a0 >>> 3);
          var s1 = ((a1 >>> 17) | (a1 << 15)) ^ ((a1 >>> 19) | (a1 << 13)) ^ (a1 >>> 10);
          W[t] = (W[t - 16] + s0 + W[t - 7] + s1) | 0;
        }
        var a = H[0], b = H[1], c = H[2], d2 = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
        for (t = 0; t < 64; t++) {
          var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
          var t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t] + W[t]) | 0;
          var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
          var t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
          h = g; g = f; f = e; e = (d2 + t1) | 0; d2 = c; c = b; b = a; a = (t1 + t2) | 0;
        }
        H = [(H[0] + a) | 0, (H[1] + b) | 0, (H[2] + c) | 0, (H[3] + d2) | 0, (H[4] + e) | 0, (H[5] + f) | 0, (H[6] + g) | 0, (H[7] + h) | 0];
      }
      return H.map(function (x) { return ('00000000' + (x >>> 0).toString(16)).slice(-8); }).join('');
    };
  })();
  var hashes = {};
  /* The hash a sealed key holds for `value` of the question `key`. */
  function sealed(key, value) {
    var text = DATA.salt + '|' + key.k + '|' + value;
    if (!(text in hashes)) hashes[text] = sha256(text).slice(0, 16);
    return hashes[text];
  }
  /* The text a sealed key keeps hidden (its solution line, its SCORM pattern): base64 XOR a SHA-256 keystream. */
  function unseal(key, data, label) {
    if (!data) return '';
    var raw = atob(data), out = '';
    for (var i = 0; i < raw.length; i++) {
      var block = sha256(DATA.salt + '|' + key.k + '|' + label + '|' + Math.floor(i / 32));
      out += String.fromCharCode(raw.charCodeAt(i) ^ parseInt(block.substr((i % 32) * 2, 2), 16));
    }
    try { return decodeURIComponent(escape(out)); } catch (e) { return ''; }
  }
  function solutionOf(key) { return key.sealed ? unseal(key, key.sol, 'solution') : key.solution; }
  /* Whether a choice (by its value) is a right one. */
  function rightChoice(key, value) {
    return key.sealed ? key.right.indexOf(sealed(key, value)) >= 0 : key.correct.indexOf(value) >= 0;
  }

  function markSealed(key, answer) {
    switch (key.type) {
      case 'single_choice': return rightChoice(key, answer);
      case 'multiple_choice':
        return answer.length === key.right.length && answer.every(function (c) { return rightChoice(key, c); });
      case 'true_false': return sealed(key, answer) === key.right;
      case 'fill_blank':
        return key.blanks.every(function (alts, n) { return alts.indexOf(sealed(key, n + ':' + norm(answer[n], key.cs))) >= 0; });
      case 'matching':
        return key.match.every(function (hs, n) { return answer[n] !== '' && hs.indexOf(sealed(key, n + ':' + answer[n])) >= 0; });
      case 'ordering':
        return answer.length === key.order.length &&
          key.order.every(function (hs, n) { return hs.indexOf(sealed(key, n + ':' + answer[n])) >= 0; });
      case 'short_answer': return key.answers.indexOf(sealed(key, norm(answer, key.cs))) >= 0;
      case 'numeric':
        var x = parseNumber(answer);
        return !isNaN(x) && key.near.indexOf(sealed(key, String(Math.round(x / key.grid)))) >= 0;
    }
    return false;
  }

  function readAnswer(el) {
    var type = el.getAttribute('data-type');
    switch (type) {
      case 'single_choice': case 'true_false': case 'rating_scale':
        var c = el.querySelector('input:checked'); return c ? c.value : null;
      case 'multiple_choice':
        var vals = all(el, 'input:checked').map(function (i) { return i.value; }); return vals.length ? vals : null;
      case 'fill_blank':
        var b = all(el, '.blank').map(function (i) { return i.value; });
        return b.some(function (v) { return v.trim(); }) ? b : null;
      case 'matching':
        var m = all(el, 'select').map(function (s) { return s.value; });
        return m.some(function (v) { return v !== ''; }) ? m : null;
      case 'ordering':
        return all(el, '.order-item').map(function (li) { return Number(li.getAttribute('data-i')); });
      default:
        var a = el.querySelector('.answer'); return a && a.value.trim() ? a.value : null;
    }
  }

  function restoreAnswer(el, value) {
    if (value === null || value === undefined) return;
    var type = el.getAttribute('data-type');
    switch (type) {
      case 'single_choice': case 'true_false': case 'rating_scale':
        all(el, 'input').forEach(function (i) { i.checked = i.value === String(value); }); break;
      case 'multiple_choice':
        all(el, 'input').forEach(function (i) { i.checked = value.indexOf(i.value) >= 0; }); break;
      case 'fill_blank':
        all(el, '.blank').forEach(function (i, n) { i.value = value[n] || ''; }); break;
      case 'matching':
        all(el, 'select').forEach(function (s, n) { s.value = value[n] || ''; }); break;
      case 'ordering':
        var list = el.querySelector('.order-list');
        var byI = {};
        all(el, '.order-item').forEach(function (li) { byI[li.getAttribute('data-i')] = li; });
        value.forEach(function (i) { if (byI[i]) list.appendChild(byI[i]); });
        updateMoveButtons(el); break;
      default:
        var a = el.querySelector('.answer'); if (a) a.value = value;
    }
  }

  /* Return true (right), false (wrong) or null (not marked: surveys, open answers). */
  function mark(key, answer) {
    if (!key.gradable) return null;
    if (answer === null || answer === undefined) return false;
    // With part marks (imported from Moodle) an answer is right when it earns all the points.
    if (key.credit) return share(key, answer, false) >= 1;
    if (key.sealed) return markSealed(key, answer);
    switch (key.type) {
      case 'single_choice': return key.correct.indexOf(answer) >= 0;
      case 'multiple_choice':
        return answer.length === key.correct.length && key.correct.every(function (c) { return answer.indexOf(c) >= 0; });
      case 'true_false': return (answer === 'true') === key.answer;
      case 'fill_blank':
        return key.blanks.every(function (alts, n) {
          var given = norm(answer[n], key.cs);
          return alts.some(function (a) { return norm(a, key.cs) === given; });
        });
      case 'matching':
        return key.rights.every(function (right, n) { return answer[n] !== '' && key.offered[Number(answer[n])] === right; });
      case 'ordering':
        return answer.length === key.items.length && answer.every(function (p, n) { return key.offered[p] === key.items[n]; });
      case 'short_answer':
        var given = norm(answer, key.cs);
        return key.answers.some(function (a) { return norm(a, key.cs) === given; });
      case 'numeric':
        var x = parseNumber(answer);
        return !isNaN(x) && Math.abs(x - key.answer) <= key.tolerance + 1e-9;
    }
    return false;
  }

  /* Return the share of the question's points an answer earns (0 to 1), part marks included. */
  function share(key, answer, result) {
    if (!key.credit || answer === null || answer === undefined) return result ? 1 : 0;
    var percent = 0;
    if (key.type === 'short_answer' && key.sealed) {
      var h = sealed(key, norm(answer, key.cs));
      if (key.answers.indexOf(h) >= 0) percent = h in key.credit ? key.credit[h] : 100;
    } else if (key.type === 'short_answer') {
      var given = norm(answer, key.cs);
      key.answers.forEach(function (a) {
        if (norm(a, key.cs) === given) percent = Math.max(percent, a in key.credit ? key.credit[a] : 100);
      });
    } else {
      [].concat(answer).forEach(function (c) { percent += key.credit[key.sealed ? sealed(key, c) : c] || 0; });
    }
    return Math.max(0, Math.min(100, percent)) / 100;
  }

  /* Whether a question may show its right answer: always in practice; in a quiz only once it is passed or no
     try is left, so a trainee with tries left sees which answers were wrong, not what the right ones are. */
  function answersShown(el) {
    var box = el.closest('[data-assessment]');
    if (!box) return true;
    var item = itemById(box.getAttribute('data-assessment'));
    if (!item || item.kind !== 'quiz') return true;
    var st = state.quizzes[item.id];
    var best = bestResult(st);
    if (best && best.passed) return true;
    return !!(item.attempts && st && (st.attempt || 1) >= item.attempts);
  }

  function showFeedback(el, key, answer, result) {
    var box = el.querySelector('.q-feedback');
    box.className = 'q-feedback';
    all(el, '.choice').forEach(function (c) { c.classList.remove('is-right', 'is-wrong'); });
    all(el, '.choice-feedback').forEach(function (f) { f.parentNode.removeChild(f); });
    if (result === undefined) { box.textContent = ''; return; }
    box.textContent = '';
    var head = document.createElement('strong');
    if (result === null) {
      head.textContent = S.recorded;
      box.appendChild(head);
      return;
    }
    box.classList.add(result ? 'right' : 'wrong');
    head.textContent = (result ? '✓ ' : '✗ ') + (result ? S.correct : S.incorrect);
    box.appendChild(head);
    var extra = key.sealed ? unseal(key, result ? key.fc : key.fi, result ? 'fc' : 'fi') : result ? key.fc : key.fi;
    if (extra) { var p = document.createElement('span'); p.textContent = extra; box.appendChild(p); }
    var solution = !result && answersShown(el) ? solutionOf(key) : '';
    if (solution) {
      var sol = document.createElement('span');
      sol.className = 'solution'; sol.textContent = ' ' + fmt(S.solution, { answer: solution });
      box.appendChild(sol);
    }
    if (key.type === 'single_choice' || key.type === 'multiple_choice') {
      var chosen = answer ? [].concat(answer) : [];
      all(el, '.choice').forEach(function (label) {
        var input = label.querySelector('input');
        var isCorrect = rightChoice(key, input.value);
        var said = key.sealed ? unseal(key, key.feedback[sealed(key, input.value)], 'cf|' + input.value) : key.feedback[input.value];
        if (input.checked) label.classList.add(isCorrect ? 'is-right' : 'is-wrong');
        if (chosen.indexOf(input.value) >= 0 && said) {
          var f = document.createElement('span');
          f.className = 'choice-feedback'; f.textContent = said;
          label.querySelector('span').appendChild(f);
        }
      });
    }
  }

  function setLocked(el, locked) {
    el.classList.toggle('locked', locked);
    all(el, 'input, select, textarea, .order-move, [data-check]').forEach(function (i) { i.disabled = locked; });
    if (!locked) updateMoveButtons(el);
  }

  function updateMoveButtons(el) {
    var items = all(el, '.order-item');
    items.forEach(function (li, n) {
      var up = li.querySelector('[data-move="-1"]'), down = li.querySelector('[data-move="1"]');
      if (el.classList.contains('locked')) return;
      up.disabled = n === 0; down.disabled = n === items.length - 1;
    });
  }

  /* ---------- Questions: exercises (practice), quizzes (scored) and surveys (counted) ---------- */
  function qKey(el) { return el.getAttribute('data-q'); }
  function owner(el) { var a = el.closest('[data-assessment]'); return a ? a.getAttribute('data-assessment') : null; }
  function attemptOf(quizId) { var st = state.quizzes[quizId]; return st ? st.attempt || 1 : 1; }

  function setupQuestion(el) {
    all(el, '.choices, .order-list').forEach(keepOrder);
    var k = qKey(el);
    var quizId = owner(el);
    var seed = k + ':' + (quizId ? attemptOf(quizId) : 1);
    var choices = el.querySelector('.choices[data-shuffle]');
    if (choices) shuffleChildren(choices, seed, false);
    var order = el.querySelector('.order-list');
    // The page lists the steps in the mixed order the slides show; only a new attempt mixes them again.
    if (order && quizId && attemptOf(quizId) > 1) shuffleChildren(order, seed, true);
    restoreAnswer(el, state.answers[k]);
    if (k in state.checked) {
      showFeedback(el, KEYS[k], state.answers[k], state.checked[k]);
      if (el.getAttribute('data-mode') === 'quiz') setLocked(el, true);
    }
    updateMoveButtons(el);
  }

  /* Empty a question's fields and feedback (a new try, or its page shown again in another language). */
  function clearQuestion(el) {
    all(el, 'input[type=radio], input[type=checkbox]').forEach(function (i) { i.checked = false; });
    all(el, 'input[type=text], textarea').forEach(function (i) { i.value = ''; });
    all(el, 'select').forEach(function (s) { s.value = ''; });
    setLocked(el, false);
    showFeedback(el, KEYS[qKey(el)], null, undefined);
  }

  function remember(el) {
    var k = qKey(el);
    var value = readAnswer(el);
    if (value === null) delete state.answers[k]; else state.answers[k] = value;
    return value;
  }

  function checkQuestion(el) {
    var k = qKey(el);
    var answer = remember(el);
    var result = mark(KEYS[k], answer);
    state.checked[k] = result;
    showFeedback(el, KEYS[k], answer, result);
    if (el.getAttribute('data-mode') === 'quiz') {
      setLocked(el, true);
      var quizId = owner(el);
      state.quizzes[quizId] = state.quizzes[quizId] || { attempt: 1 };
      state.quizzes[quizId].started = true;
    }
    save();
    refreshHome();
  }

  function assessmentQuestions(box) { return all(box, '.q'); }

  /* Hook for the classroom outbox (assets/classroom.js): a `coursebuilder:result` event on document when a quiz
     is finished or a survey sent. detail: { kind: 'quiz'|'survey', item, attempt, answers: {questionId: value},
     marks: {questionId: true|false|null}, score: {points, total, percent, passed} } (marks and score: quizzes). */
  function announce(box, kind) {
    var id = box.getAttribute('data-assessment');
    var answers = {}, marks = {};
    assessmentQuestions(box).forEach(function (el) {
      var k = qKey(el), q = k.slice(id.length + 1);
      answers[q] = k in state.answers ? state.answers[k] : null;
      if (kind === 'quiz') marks[q] = k in state.checked ? state.checked[k] : null;
    });
    var detail = { kind: kind, item: id, answers: answers };
    if (kind === 'quiz') {
      var st = state.quizzes[id], r = st.result;
      detail.attempt = st.attempt || 1;
      detail.marks = marks;
      detail.score = { points: r.points, total: r.total, percent: r.percent, passed: r.passed };
    }
    try { document.dispatchEvent(new CustomEvent('coursebuilder:result', { detail: detail })); } catch (e) { /* old engine */ }
  }

  function finishQuiz(box) {
    var id = box.getAttribute('data-assessment');
    var item = itemById(id);
    var points = 0, total = 0, rows = [];
    var count = assessmentQuestions(box).length, shown = [];
    assessmentQuestions(box).forEach(function (el) {
      var k = qKey(el), key = KEYS[k];
      var answer = remember(el);
      var result = mark(key, answer);
      state.checked[k] = result;
      shown.push([el, key, answer, result]);
      setLocked(el, true);
      if (key.gradable) { total += key.points; points += key.points * share(key, answer, result); }
      rows.push({ prompt: el.querySelector('.q-prompt').textContent.trim(), result: result, answered: answer !== null });
      scorm.interaction(k, key, answer, result, (new Date().getTime() - openedAt) / 1000 / Math.max(1, count));
    });
    var percent = total ? Math.round(100 * points / total) : 100;
    var st = state.quizzes[id] = state.quizzes[id] || { attempt: 1 };
    st.result = { points: points, total: total, percent: percent, passed: percent >= item.pass_mark, rows: rows };
    st.finished = true;
    // Feedback after the result is known: whether right answers may be shown depends on it.
    shown.forEach(function (f) { showFeedback(f[0], f[1], f[2], f[3]); });
    save();
    scorm.report();
    showQuizResult(box);
    refreshHome();
    announce(box, 'quiz');
  }

  function showQuizResult(box) {
    var id = box.getAttribute('data-assessment');
    var item = itemById(id);
    var st = state.quizzes[id];
    var out = box.querySelector('[data-result]');
    var finish = box.querySelector('[data-finish]');
    var retry = box.querySelector('[data-retry]');
    out.textContent = '';
    out.className = 'result';
    if (!st || !st.finished) { finish.hidden = false; retry.hidden = true; return; }
    var r = st.result;
    out.classList.add(r.passed ? 'passed' : 'failed');
    var h = document.createElement('h2');
    h.textContent = fmt(S.score, { points: +r.points.toFixed(2), total: +r.total.toFixed(2), percent: r.percent });
    out.appendChild(h);
    var verdict = document.createElement('p');
    verdict.className = 'verdict';
    verdict.textContent = (r.passed ? '✓ ' : '✗ ') + fmt(r.passed ? S.passed : S.failed, { mark: item.pass_mark });
    out.appendChild(verdict);
    var list = document.createElement('ol');
    list.className = 'result-list';
    r.rows.forEach(function (row) {
      var li = document.createElement('li');
      li.className = row.result === true ? 'right' : row.result === false ? 'wrong' : '';
      var mark = row.result === true ? '✓ ' : row.result === false ? '✗ ' : '';
      li.textContent = mark + row.prompt + (row.answered ? '' : ' (' + S.unanswered + ')');
      list.appendChild(li);
    });
    out.appendChild(list);
    finish.hidden = true;
    var left = item.attempts ? item.attempts - (st.attempt || 1) : Infinity;
    retry.hidden = !(left > 0);
    if (item.attempts) {
      var note = document.createElement('p');
      note.textContent = left > 0 ? fmt(S.attempts_left, { n: left }) : S.no_attempts;
      out.appendChild(note);
    }
  }

  function retryQuiz(box) {
    var id = box.getAttribute('data-assessment');
    var st = state.quizzes[id] || { attempt: 1 };
    assessmentQuestions(box).forEach(function (el) {
      var k = qKey(el);
      delete state.answers[k]; delete state.checked[k];
    });
    // A new try never loses the best result so far: it is what the LMS keeps.
    var best = bestResult(st);
    state.quizzes[id] = { attempt: (st.attempt || 1) + 1 };
    if (best) state.quizzes[id].best = { points: best.points, total: best.total, percent: best.percent, passed: best.passed, rows: [] };
    save();
    scorm.report();
    // Build the questions afresh for the new try: new order, empty answers.
    assessmentQuestions(box).forEach(function (el) { clearQuestion(el); setupQuestion(el); });
    var list = box.querySelector('.questions[data-shuffle]');
    if (list) shuffleChildren(list, id + ':' + state.quizzes[id].attempt, false);
    showQuizResult(box);
    var first = box.querySelector('.q input, .q select, .q textarea, .q button');
    if (first) first.focus();
  }

  function submitSurvey(box) {
    var id = box.getAttribute('data-assessment');
    var count = assessmentQuestions(box).length;
    assessmentQuestions(box).forEach(function (el) {
      var k = qKey(el);
      scorm.interaction(k, KEYS[k], remember(el), null, (new Date().getTime() - openedAt) / 1000 / Math.max(1, count));
    });
    state.surveys[id] = { submitted: true };
    save();
    scorm.report();
    showSurveyResult(box);
    refreshHome();
    announce(box, 'survey');
  }

  function showSurveyResult(box) {
    var id = box.getAttribute('data-assessment');
    var out = box.querySelector('[data-result]');
    out.textContent = '';
    if (state.surveys[id] && state.surveys[id].submitted) {
      var p = document.createElement('p'); p.textContent = '✓ ' + S.thanks; out.appendChild(p);
    }
  }

  /* ---------- Pages, the home page's progress and single-page navigation ---------- */
  function itemDone(item) {
    if (item.kind === 'quiz') { var q = state.quizzes[item.id]; return !!(q && q.finished); }
    if (item.kind === 'survey') { var s = state.surveys[item.id]; return !!(s && s.submitted); }
    return !!state.visited[item.id];
  }
  function doneCount() { return ITEMS.filter(itemDone).length; }

  function refreshHome() {
    all(document, '[data-status-for]').forEach(function (el) {
      var item = itemById(el.getAttribute('data-status-for'));
      var text = S.not_started, cls = '';
      if (item.kind === 'quiz') {
        var q = state.quizzes[item.id];
        if (q && q.finished) {
          text = (q.result.passed ? '✓ ' : '✗ ') + q.result.percent + '%'; cls = q.result.passed ? 'done' : 'failed';
        } else if (q && q.started) text = S.started;
      } else if (item.kind === 'survey') {
        if (state.surveys[item.id] && state.surveys[item.id].submitted) { text = '✓ ' + S.sent; cls = 'done'; }
      } else if (state.visited[item.id]) { text = '✓ ' + S.visited; cls = 'done'; }
      el.textContent = text;
      el.className = 'status' + (cls ? ' ' + cls : '');
    });
    var done = doneCount();
    var label = fmt(S.progress, { done: done, total: ITEMS.length });
    all(document, '.course-progress').forEach(function (p) { p.value = done; p.setAttribute('aria-label', label); });
    all(document, '[data-progress-text]').forEach(function (p) { p.textContent = label; });
    all(document, '[data-continue]').forEach(function (a) {
      var last = state.last && itemById(state.last);
      if (last) { a.href = last.href; a.textContent = a.getAttribute('data-continue-label') + ': ' + last.title; }
    });
  }

  var openedAt = new Date().getTime();
  function enterPage(root) {
    openedAt = new Date().getTime();
    var id = root.getAttribute('data-item');
    if (id) {
      state.visited[id] = true;
      state.last = id;
      save();
      scorm.report();
    }
    refreshHome();
  }

  function setupAssessments(root) {
    all(root, '[data-assessment]').forEach(function (box) {
      var id = box.getAttribute('data-assessment');
      var list = box.querySelector('.questions[data-shuffle]');
      if (list) shuffleChildren(list, id + ':' + attemptOf(id), false);
      if (box.getAttribute('data-kind') === 'quiz') showQuizResult(box); else showSurveyResult(box);
    });
  }

  /* The sections of one language (the whole document when the package has one language per document). */
  function sectionsOf(lang) {
    var found = all(document, '.page[data-lang]').filter(function (p) { return p.getAttribute('data-lang') === lang; });
    return found.length ? found : [document];
  }
  /* Set up a language's questions from the saved state; shown again, they are emptied and set up afresh,
     since answers may have been given in another language meanwhile. */
  function prepare(lang) {
    sectionsOf(lang).forEach(function (root) {
      if (prepared[lang]) all(root, '.q').forEach(clearQuestion);
      setupAssessments(root);
      all(root, '.q').forEach(setupQuestion);
    });
    prepared[lang] = true;
  }
  function useLanguage(lang) {
    if (!lang || lang === LANG || !VARIANTS[lang]) return;
    var v = VARIANTS[lang];
    LANG = lang; S = v.strings; ITEMS = v.items; KEYS = named(v.questions);
    document.documentElement.setAttribute('lang', lang);
    all(document, '.topbar-title').forEach(function (t) { t.textContent = v.title; t.removeAttribute('lang'); });
    prepare(lang);
  }

  var current = null;
  function route() {
    var slug = (location.hash || '').slice(1);
    var target = slug ? document.getElementById(slug) : null;
    if (!target || !target.classList.contains('page')) {
      // A hash inside a page (never used now) or none at all: show the home page.
      target = document.querySelector('.page');
    }
    if (current === target) return;
    all(document, '.page').forEach(function (p) { p.classList.toggle('current', p === target); });
    current = target;
    var h1 = target.querySelector('h1');
    useLanguage(target.getAttribute('data-lang'));
    document.title = (target.getAttribute('data-item') && h1 ? h1.textContent + ' · ' : '') + VARIANTS[LANG].title;
    window.scrollTo(0, 0);
    if (h1) { h1.setAttribute('tabindex', '-1'); h1.focus({ preventScroll: true }); }
    enterPage(target);
  }

  /* ---------- Events ---------- */
  document.addEventListener('click', function (ev) {
    var t = ev.target.closest ? ev.target.closest('button') : null;
    if (!t || t.disabled) return;
    var q = t.closest('.q');
    if (t.hasAttribute('data-check') && q) { checkQuestion(q); return; }
    if (t.hasAttribute('data-move') && q) {
      var li = t.closest('.order-item');
      var step = Number(t.getAttribute('data-move'));
      var sib = step < 0 ? li.previousElementSibling : li.nextElementSibling;
      if (sib) {
        li.parentNode.insertBefore(li, step < 0 ? sib : sib.nextElementSibling);
        remember(q); save(); updateMoveButtons(q);
        var same = li.querySelector('[data-move="' + step + '"]');
        (same && !same.disabled ? same : li.querySelector('[data-move="' + (-step) + '"]')).focus();
      }
      return;
    }
    var box = t.closest('[data-assessment]');
    if (t.hasAttribute('data-finish') && box) { finishQuiz(box); box.querySelector('[data-result]').focus(); return; }
    if (t.hasAttribute('data-submit') && box) { submitSurvey(box); return; }
    if (t.hasAttribute('data-retry') && box) { retryQuiz(box); return; }
    if (t.hasAttribute('data-reset')) {
      if (window.confirm(S.reset_confirm)) { state = emptyState(); save(); location.reload(); }
    }
  });
  function onEdit(ev) {
    var q = ev.target.closest ? ev.target.closest('.q') : null;
    if (!q) return;
    remember(q);
    save();
  }
  document.addEventListener('change', onEdit);
  document.addEventListener('input', onEdit);
  window.addEventListener('pagehide', function () { save(); scorm.finish(); });
  // Paper handouts show hints and transcripts opened.
  window.addEventListener('beforeprint', function () {
    all(document, 'details').forEach(function (d) { d.open = true; });
    // Pictures further down load only when scrolled to; paper needs them all.
    all(document, 'img[loading=lazy]').forEach(function (i) { i.loading = 'eager'; });
  });

  /* ---------- Start ---------- */
  // A one-file package holds each file once: later uses name the first one by data-file.
  all(document, '[data-file]').forEach(function (el) {
    var attr = el.tagName === 'A' ? 'href' : 'src';
    if (el.hasAttribute(attr)) return;
    var ref = el.getAttribute('data-file');
    var first = all(document, '[data-file]').filter(function (f) {
      return f.getAttribute('data-file') === ref && (f.hasAttribute('src') || f.hasAttribute('href'));
    })[0];
    if (first) el.setAttribute(attr, first.getAttribute(first.hasAttribute('src') ? 'src' : 'href'));
  });
  scorm.start();
  if (!storage) {
    // Written by the script (only it can tell): the words are the page's, not repeated in every page.
    var notice = document.getElementById('cb-storage-notice');
    notice.textContent = S.no_storage;
    notice.hidden = false;
  }
  prepare(LANG);
  if (DATA.single) {
    document.body.classList.add('single');
    window.addEventListener('hashchange', route);
    route();
  } else {
    var main = document.querySelector('main.page');
    if (main) enterPage(main);
  }
  document.documentElement.setAttribute('data-ready', '1');
})();
