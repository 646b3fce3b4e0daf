/* ksdocs site script, shared by the kitestacks and paper themes. Every page works
   without it; each part below says what it adds. */
(function () {
  "use strict";
  var doc = document, root = doc.documentElement;
  function each(selector, fn, scope) { Array.prototype.forEach.call((scope || doc).querySelectorAll(selector), fn); }
  function store(key, value) {
    try {
      if (value === undefined) return localStorage.getItem(key);
      if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, value);
    } catch (e) { /* storage may be off */ }
    return null;
  }

  // Opened from disk: folder links need an explicit index.html.
  if (location.protocol === "file:") {
    each("a[href]", function (a) {
      var href = a.getAttribute("href");
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href) || href.charAt(0) === "#") return;
      var hash = href.indexOf("#");
      var path = hash < 0 ? href : href.slice(0, hash);
      if (path !== "" && path.slice(-1) === "/") a.setAttribute("href", path + "index.html" + (hash < 0 ? "" : href.slice(hash)));
    });
  }

  // The 404 page has <base href> (site root): its in-page links (#main) stay on this page.
  if (doc.querySelector("base")) each("a[href^='#']", function (a) { a.href = location.pathname + a.getAttribute("href"); });

  // Dark/light: follows prefers-color-scheme until the reader picks one, then remembers it.
  var toggle = doc.querySelector(".theme-toggle");
  var media = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  function isDark() {
    var chosen = root.getAttribute("data-theme");
    return chosen ? chosen === "dark" : !!(media && media.matches);
  }
  // The label says what a click does ("Light mode" while dark).
  function showMode() {
    if (!toggle) return;
    var next = isDark() ? "light" : "dark";
    toggle.setAttribute("data-next", next);
    toggle.textContent = next === "dark" ? "Dark mode" : "Light mode";
    toggle.setAttribute("aria-label", "Switch to " + next + " mode");
  }
  // Section names in the header and breadcrumbs: the part before " — " (the full name stays as a tooltip).
  each(".site-nav a, .breadcrumbs a", function (link) {
    var full = link.textContent, cut = full.indexOf(" — ");
    if (cut > 0) { link.title = full; link.textContent = full.slice(0, cut); }
  });
  if (toggle) {
    toggle.hidden = false;
    showMode();
    toggle.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      store("ksdocs-theme", next);
      showMode();
    });
    if (media && media.addEventListener) media.addEventListener("change", showMode);
  }

  // Mobile menu: the button opens the section links and the sidebar (both stay visible without script).
  var menu = doc.querySelector(".menu-button");
  if (menu) {
    if (doc.getElementById("sidebar")) menu.setAttribute("aria-controls", "site-nav sidebar");
    menu.hidden = false;
    menu.addEventListener("click", function () {
      var open = !root.classList.contains("menu-open");
      root.classList.toggle("menu-open", open);
      menu.setAttribute("aria-expanded", open ? "true" : "false");
    });
    doc.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && root.classList.contains("menu-open")) {
        root.classList.remove("menu-open");
        menu.setAttribute("aria-expanded", "false");
        menu.focus();
      }
    });
  }

  // The header's More menu (a <details>) closes on a click elsewhere.
  var more = doc.querySelector(".nav-more");
  if (more) doc.addEventListener("click", function (event) { if (!more.contains(event.target)) more.open = false; });

  // Copy buttons: explain-block commands (data-copy), AI prompts (data-copy-target), every code block.
  function copyText(text, button) {
    function done() {
      var label = button.textContent;
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = label; }, 1500);
    }
    function fallback() {
      var area = doc.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      doc.body.appendChild(area);
      area.select();
      try { doc.execCommand("copy"); done(); } catch (e) { /* nothing to do */ }
      doc.body.removeChild(area);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  }
  each(".copy-button[data-copy]", function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { copyText(button.getAttribute("data-copy"), button); });
  });
  each(".copy-button[data-copy-target]", function (button) {
    var source = button.parentElement && button.parentElement.querySelector("[data-copy-source]");
    if (!source) return;
    button.hidden = false;
    button.addEventListener("click", function () { copyText(source.innerText.trim(), button); });
  });
  each(".content pre > code", function (code) {
    var pre = code.parentElement;
    if (pre.closest(".explain-command, .explain-output, .command-list") || /language-(output|console-output)\b/.test(code.className)) return;
    var wrap = doc.createElement("div");
    wrap.className = "code-block";
    pre.parentNode.insertBefore(wrap, pre);
    wrap.appendChild(pre);
    var button = doc.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy code");
    button.addEventListener("click", function () { copyText(code.textContent.replace(/\n$/, ""), button); });
    wrap.appendChild(button);
  });

  // Mark as done (kept in localStorage) and progress: ticks in the track sidebar, time left
  // on the track page and, per track, on the home page; "continue" links the last lesson read.
  var KEY = "ksdocs-done";
  function load() {
    try { return JSON.parse(store(KEY) || "{}") || {}; } catch (e) { return {}; }
  }
  var done = load();
  function tick() {
    each(".sidebar-list li[data-lesson], .lesson-item[data-lesson]", function (item) {
      item.classList.toggle("done", !!done[item.getAttribute("data-lesson")]);
    });
  }
  tick();
  each("input.mark-done[data-lesson]", function (box) {
    var id = box.getAttribute("data-lesson");
    box.disabled = false;
    box.checked = !!done[id];
    box.addEventListener("change", function () {
      done = load();
      if (box.checked) done[id] = true; else delete done[id];
      store(KEY, JSON.stringify(done));
      tick();
    });
  });
  each(".track-left[data-lessons]", function (span) {
    var left = 0;
    span.getAttribute("data-lessons").split("|").forEach(function (pair) {
      var at = pair.lastIndexOf("=");
      if (!done[pair.slice(0, at)]) left += +pair.slice(at + 1) || 0;
    });
    var text = left < 60 ? left + " min" : Math.floor(left / 60) + " h" + (left % 60 ? " " + (left % 60) + " min" : "");
    span.textContent = " · " + (left ? "~" + text + " left" : "all done");
    span.hidden = false;
  });
  var siteRoot = new URL(doc.body.getAttribute("data-root") || "./", location.href).href;
  if (doc.querySelector("article.lesson")) {
    store("ksdocs-last", JSON.stringify({ u: location.href.split("#")[0].slice(siteRoot.length), t: doc.querySelector("h1").textContent }));
  }
  var resume = doc.querySelector(".continue"), last = null;
  try { last = JSON.parse(store("ksdocs-last")); } catch (e) { /* none yet */ }
  if (resume && last && last.u) {
    resume.lastChild.href = siteRoot + last.u;
    resume.lastChild.textContent = last.t;
    resume.hidden = false;
  }

  // Troubleshooting index: filter the cases by service, without a reload.
  each(".case-filter", function (group) {
    group.hidden = false;
    group.addEventListener("click", function (event) {
      var button = event.target.closest ? event.target.closest(".filter-button") : null;
      if (!button) return;
      var wanted = button.getAttribute("data-filter");
      each(".filter-button", function (b) { b.setAttribute("aria-pressed", b === button ? "true" : "false"); }, group);
      each(".case-item[data-services]", function (item) {
        var services = " " + item.getAttribute("data-services") + " ";
        item.hidden = !!wanted && services.indexOf(" " + wanted + " ") < 0;
      });
    });
  });

  // Interview practice: the cards due first, "Again" (see it again today) or "Good" (a Leitner
  // schedule: 1, 3, 7, 16, 35 days), kept in localStorage by card id.
  var practice = doc.querySelector(".practice");
  if (practice) {
    var CARDS = "ksdocs-cards", DAYS = [0, 1, 3, 7, 16, 35], today = Math.floor(Date.now() / 864e5), state = {};
    try { state = JSON.parse(store(CARDS) || "{}") || {}; } catch (e) { /* start afresh */ }
    var find = function (s) { return practice.querySelector(s); };
    var front = find(".practice-front"), back = find(".practice-back"), status = find(".practice-status");
    var show = find(".practice-show"), again = find(".practice-again"), good = find(".practice-good"), card;
    var dueOn = function (c) { return state[c.id] ? state[c.id][1] : today + 0.5; };  // new cards last
    var queue = Array.prototype.filter.call(doc.querySelectorAll(".flashcard[id]"), function (c) { return dueOn(c) <= today + 0.5; })
      .sort(function (a, b) { return dueOn(a) - dueOn(b); });
    var next = function () {
      card = queue.shift();
      back.hidden = again.hidden = good.hidden = true;
      show.hidden = !card;
      front.textContent = card ? card.querySelector("summary").textContent : "No card is due. Come back tomorrow.";
      status.textContent = card ? queue.length + 1 + " due" : "";
    };
    var answer = function (ok) {
      var box = ok ? Math.min((state[card.id] || [0])[0] + 1, 5) : 0;
      state[card.id] = [box, today + DAYS[box]];
      store(CARDS, JSON.stringify(state));
      if (!ok) queue.push(card);
      next();
      if (card) show.focus();
    };
    show.addEventListener("click", function () {
      back.innerHTML = card.querySelector(".flashcard-back").innerHTML;
      show.hidden = true;
      back.hidden = again.hidden = good.hidden = false;
      good.focus();
    });
    again.addEventListener("click", function () { answer(false); });
    good.addEventListener("click", function () { answer(true); });
    practice.hidden = false;
    next();
  }

  // Printing: flashcards print open.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    each(".flashcard details:not([open])", function (details) { details.open = true; opened.push(details); });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) { details.open = false; });
    opened = [];
  });

  // Roadmap: days to go (or since) computed today; the built text stays as the fallback.
  each(".days-to-go[data-date]", function (span) {
    var parts = span.getAttribute("data-date").split("-");
    if (parts.length !== 3) return;
    var target = Date.UTC(+parts[0], +parts[1] - 1, +parts[2]);
    var now = new Date();
    var days = Math.round((target - Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())) / 86400000);
    if (isNaN(days)) return;
    var unit = Math.abs(days) === 1 ? " day" : " days";
    span.textContent = days === 0 ? "today" : days > 0 ? "in " + days + unit : Math.abs(days) + unit + " ago";
  });

  // A link to a heading inside a closed <details> (a command reference tool) opens it.
  function openTarget() {
    var target = location.hash && doc.getElementById(decodeURIComponent(location.hash.slice(1)));
    var details = target && target.closest("details");
    if (details) details.open = true;
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  // Table of contents: marks the section being read (the last heading above a third of the window).
  var tocLinks = doc.querySelectorAll(".toc a[href^='#']");
  if (tocLinks.length) {
    var targets = [];
    Array.prototype.forEach.call(tocLinks, function (a) {
      var h = doc.getElementById(decodeURIComponent(a.getAttribute("href").slice(1)));
      if (h) targets.push([h, a]);
    });
    var marked = null, queued = false;
    var mark = function () {
      queued = false;
      var line = window.innerHeight / 3, now = targets.length ? targets[0][1] : null;
      targets.forEach(function (t) { if (t[0].getBoundingClientRect().top <= line) now = t[1]; });
      if (now === marked) return;
      if (marked) marked.removeAttribute("aria-current");
      if (now) now.setAttribute("aria-current", "location");
      marked = now;
    };
    window.addEventListener("scroll", function () { if (!queued) { queued = true; window.requestAnimationFrame(mark); } }, { passive: true });
    mark();
  }
  // Content tabs (MkDocs `=== "Tab"`): one panel at a time (arrow keys move between tabs).
  each(".content-tabs", function (group, g) {
    var panels = Array.prototype.filter.call(group.children, function (c) { return c.classList.contains("content-tab"); });
    if (panels.length < 2) return;
    var list = doc.createElement("div");
    list.setAttribute("role", "tablist");
    list.className = "content-tab-list";
    var buttons = panels.map(function (panel, i) {
      var label = panel.querySelector(".content-tab-label");
      var button = doc.createElement("button");
      button.type = "button";
      button.setAttribute("role", "tab");
      button.id = "tab-" + g + "-" + i;
      button.textContent = label ? label.textContent : "Tab " + (i + 1);
      panel.id = panel.id || "tabpanel-" + g + "-" + i;
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", button.id);
      button.setAttribute("aria-controls", panel.id);
      if (label) label.hidden = true;
      list.appendChild(button);
      return button;
    });
    var select = function (n, focus) {
      buttons.forEach(function (b, i) {
        var on = i === n;
        b.setAttribute("aria-selected", on ? "true" : "false");
        b.tabIndex = on ? 0 : -1;
        panels[i].hidden = !on;
      });
      if (focus) buttons[n].focus();
    };
    buttons.forEach(function (b, i) {
      b.addEventListener("click", function () { select(i, false); });
      b.addEventListener("keydown", function (e) {
        var step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
        if (step) { e.preventDefault(); select((i + step + buttons.length) % buttons.length, true); }
      });
    });
    group.insertBefore(list, group.firstChild);
    group.classList.add("is-tabbed");
    select(0, false);
  });
})();
