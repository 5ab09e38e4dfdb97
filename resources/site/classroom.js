/* CourseBuilder classroom mode: send quiz and survey results to the lecturer's laptop, exactly once.
 *
 * Included only in the copy the classroom server gives out (never in an exported package).
 * Listens for site.js's documented hook, the `coursebuilder:result` event on document, whose detail is
 * { kind: 'quiz'|'survey', item, attempt, answers: {questionId: value}, marks: {questionId: true|false|null},
 *   score: {points, total, percent, passed} }.
 * Each result gets an id made here before its first send and waits in an outbox in localStorage until the
 * laptop answers 2xx, so a page closed, reloaded or offline loses nothing and the laptop stores it once.
 * Written for ES2017-era engines (Android WebView 5+, WeChat's X5): no optional chaining, no modules.
 */
(function () {
  'use strict';

  var node = document.getElementById('cb-classroom-data');
  if (!node) return;
  var CFG = JSON.parse(node.textContent);
  var S = CFG.strings;
  var KEY = 'coursebuilder-outbox:' + CFG.course;
  var API = 'api/submissions';
  var MAX_DELAY = 30000;

  var storage = null;
  try { storage = window.localStorage; storage.setItem(KEY + ':probe', '1'); storage.removeItem(KEY + ':probe'); }
  catch (e) { storage = null; }

  function fmt(text, n) { return text.replace('{n}', String(n)); }

  function emptyBox() { return { v: 1, pending: [], sent: 0, rejected: 0, trainee: '', pin: '', device: '' }; }
  var box = null;
  function load() {
    if (!storage) return box || emptyBox();  // no storage (private mode): the outbox lives in this page only
    var b = null;
    try { b = storage ? JSON.parse(storage.getItem(KEY) || 'null') : null; } catch (e) { b = null; }
    return b && b.v === 1 ? b : emptyBox();
  }
  function persist() {
    if (!storage) return;
    try { storage.setItem(KEY, JSON.stringify(box)); } catch (e) { /* full: the outbox stays in memory */ }
  }
  box = load();

  function randomHex(bytes) {
    var out = '';
    var a = null;
    try { a = new Uint8Array(bytes); window.crypto.getRandomValues(a); } catch (e) { a = null; }
    for (var i = 0; i < bytes; i++) {
      var v = a ? a[i] : Math.floor(Math.random() * 256);
      out += (v < 16 ? '0' : '') + v.toString(16);
    }
    return out;
  }
  if (!box.device) { box.device = randomHex(8); persist(); }

  /* ---------- The status line: "waiting to send (N)" or "sent ✓" ---------- */
  var bar = document.createElement('div');
  bar.className = 'cb-outbox';
  bar.id = 'cb-outbox';
  bar.setAttribute('role', 'status');
  bar.setAttribute('aria-live', 'polite');
  bar.hidden = true;
  var pinForm = null;
  document.body.appendChild(bar);

  function render() {
    var n = box.pending.length;
    bar.hidden = n === 0 && box.sent === 0 && box.rejected === 0;
    bar.className = 'cb-outbox' + (n ? ' cb-waiting' : ' cb-sent');
    bar.setAttribute('data-state', n ? 'waiting' : 'sent');
    var text = n ? fmt(S.waiting, n) : S.sent;
    if (box.rejected) text += ' · ' + fmt(S.rejected, box.rejected);
    bar.textContent = text;
    if (needPin && pinForm) bar.appendChild(pinForm);
  }

  /* ---------- Sending, with backoff until the laptop answers ---------- */
  var sending = false, timer = null, tries = 0, needPin = false;

  function schedule(delay) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(function () { timer = null; flush(); }, delay);
  }
  function backoff() {
    tries++;
    var delay = Math.min(MAX_DELAY, 1000 * Math.pow(2, Math.min(tries - 1, 5)));
    schedule(delay / 2 + Math.random() * delay / 2);
  }

  function flush() {
    if (sending || needPin || !box.pending.length) return;
    var rec = box.pending[0];
    sending = true;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', API, true);
    xhr.setRequestHeader('Content-Type', 'application/json');
    if (box.pin) xhr.setRequestHeader('X-Classroom-PIN', box.pin);
    xhr.timeout = 20000;
    xhr.onload = function () {
      sending = false;
      var st = xhr.status;
      if (st >= 200 && st < 300) {
        done(rec, true);
      } else if (st === 403) {
        askPin();
      } else if (st === 409 || st === 400 || st === 413 || st === 415 || st === 422) {
        // The laptop will never take this one as it is: stop resending it, and say so.
        done(rec, false);
      } else {
        backoff();
      }
    };
    xhr.onerror = xhr.ontimeout = xhr.onabort = function () { sending = false; backoff(); };
    try { xhr.send(JSON.stringify(rec)); } catch (e) { sending = false; backoff(); }
  }

  function done(rec, ok) {
    // Another tab may have sent it meanwhile: take the outbox from storage again before removing.
    box = load();
    box.pending = box.pending.filter(function (r) { return r.id !== rec.id; });
    if (ok) box.sent++; else box.rejected++;
    tries = 0;
    persist();
    render();
    if (box.pending.length) schedule(0);
  }

  function askPin() {
    needPin = true;
    if (!pinForm) {
      pinForm = document.createElement('form');
      pinForm.className = 'cb-pin';
      var label = document.createElement('label');
      label.textContent = S.pin;
      var input = document.createElement('input');
      input.type = 'text'; input.inputMode = 'numeric'; input.autocomplete = 'off'; input.maxLength = 12;
      input.id = 'cb-pin';
      label.htmlFor = 'cb-pin';
      var button = document.createElement('button');
      button.type = 'submit'; button.className = 'button'; button.textContent = S.pin_send;
      pinForm.appendChild(label); pinForm.appendChild(input); pinForm.appendChild(button);
      pinForm.addEventListener('submit', function (ev) {
        ev.preventDefault();
        box = load(); box.pin = input.value.trim(); persist();
        needPin = false; tries = 0; render(); flush();
      });
    }
    render();
  }

  /* ---------- New results from site.js ---------- */
  document.addEventListener('coursebuilder:result', function (ev) {
    var d = ev.detail || {};
    var rec = { id: randomHex(16), item: d.item, kind: d.kind, answers: d.answers || {}, made: new Date().toISOString(),
                device: box.device };
    if (d.kind === 'quiz') { rec.attempt = d.attempt || 1; rec.marks = d.marks || {}; rec.score = d.score || null; }
    box = load();
    if (box.trainee) rec.trainee = box.trainee;
    box.pending.push(rec);
    persist();
    render();
    tries = 0;
    flush();
  });

  /* ---------- The trainee's name or number, asked once on the home page ---------- */
  var name = document.getElementById('cb-trainee');
  if (name) {
    name.value = box.trainee || '';
    name.addEventListener('input', function () { box = load(); box.trainee = name.value.trim().slice(0, 80); persist(); });
  }

  /* ---------- WeChat's own browser cannot be relied on: say how to leave it ---------- */
  if (/MicroMessenger/i.test(navigator.userAgent || '')) {
    var w = document.createElement('div');
    w.className = 'cb-wechat';
    w.id = 'cb-wechat';
    var img = document.createElement('img');
    img.src = 'assets/wechat-open.svg'; img.alt = ''; img.width = 240; img.height = 120;
    var p = document.createElement('p');
    p.textContent = S.wechat;
    w.appendChild(img); w.appendChild(p);
    document.body.insertBefore(w, document.body.firstChild);
  }

  window.addEventListener('online', function () { tries = 0; flush(); });
  window.addEventListener('storage', function (ev) { if (ev.key === KEY) { box = load(); render(); } });
  render();
  flush();
  document.documentElement.setAttribute('data-classroom', '1');
})();
