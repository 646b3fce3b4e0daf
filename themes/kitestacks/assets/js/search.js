/* ksdocs search: the build writes search-index.js (window.ksdocsSearchIndex), which lists
   the part files under search-index/ (each adds itself to window.ksdocsSearchParts). All are
   loaded with <script> elements on first use, so search works opened from disk and offline;
   searching starts once every part is in. Ranking: title > heading > command > body. */
(function () {
  "use strict";
  var doc = document, body = doc.body;
  var box = doc.querySelector(".search"), input = doc.getElementById("search-input");
  var panel = box && box.querySelector(".search-panel"), list = doc.getElementById("search-results");
  var status = doc.getElementById("search-status");
  var indexURL = body.getAttribute("data-search-index"), siteRoot = body.getAttribute("data-root") || "";
  var index = null, vocabulary = null, stop = {}, loading = false, pending = false;
  var MAX = 16, FIELD_WEIGHT = { 8: 10, 4: 5, 2: 3, 1: 1 };

  // The same rule as SearchTokenizer in Swift: lowercase; split on whitespace and the
  // separators; drop trailing . : /; keep pieces of 2+ code points with a letter or digit.
  var SEPARATORS = /[\s"'`()\[\]{}<>,;|&!?*#\\\u201C\u201D\u2018\u2019]+/;
  function tokenize(text) {
    var out = [];
    text.toLowerCase().split(SEPARATORS).forEach(function (piece) {
      piece = piece.replace(/[.:\/]+$/, "");
      if (Array.from(piece).length >= 2 && /[\p{L}\p{N}]/u.test(piece)) out.push(piece);
    });
    return out;
  }
  window.ksdocsTokenize = tokenize;

  if (!box || !input || !indexURL) return;
  box.hidden = false;

  function failed() { status.textContent = "The search index could not be loaded."; }

  function addScript(src, onload) {
    var script = doc.createElement("script");
    script.src = src;
    script.onload = onload;
    script.onerror = failed;
    doc.head.appendChild(script);
  }

  // The root, then every part at once; the parts' pages and shards laid end to end are the index.
  function load(then) {
    if (index) { then(); return; }
    pending = true;
    if (loading) return;
    loading = true;
    addScript(indexURL, function () {
      var root = window.ksdocsSearchIndex, left = root ? root.parts.length : 0;
      if (!root) { failed(); return; }
      var base = indexURL.slice(0, indexURL.lastIndexOf("/") + 1);
      function assemble() {
        var parts = window.ksdocsSearchParts || {}, pages = [], shards = [];
        for (var i = 0; i < root.parts.length; i++) {
          if (!parts[i]) { failed(); return; }
          pages = pages.concat(parts[i].pages);
          shards = shards.concat(parts[i].shards);
        }
        var seen = {};
        vocabulary = [];
        shards.forEach(function (shard) {
          Object.keys(shard.t).forEach(function (token) {
            if (!seen[token]) { seen[token] = true; vocabulary.push(token); }
          });
        });
        root.stop.forEach(function (word) { stop[word] = true; });
        index = { pages: pages, shards: shards };
        window.ksdocsSearchLoaded = true;
        if (pending) then();
      }
      if (!left) { assemble(); return; }
      root.parts.forEach(function (part) {
        addScript(base + part.f + "?" + part.h, function () { if (--left === 0) assemble(); });
      });
    });
  }

  // How well a query token matches an index token: exact, prefix, inside at a word boundary, inside.
  function quality(query, token) {
    if (token === query) return 1;
    var at = token.indexOf(query);
    if (at === 0) return 0.7;
    if (at < 0 || query.length < 3) return 0;
    return /[\p{L}\p{N}]/u.test(token.charAt(at - 1)) ? 0.3 : 0.5;
  }

  // [page, fields] pairs of a token, from every shard that has it (page numbers count from the shard's first page).
  function postings(token) {
    var out = [];
    index.shards.forEach(function (shard) {
      var numbers = shard.t[token], page = shard.b;
      if (!numbers) return;
      for (var i = 0; i < numbers.length; i++) {
        page += numbers[i] >> 4;
        out.push([page, numbers[i] & 15]);
      }
    });
    return out;
  }

  function bestWeight(fields) {
    return fields & 8 ? 10 : fields & 4 ? 5 : fields & 2 ? 3 : 1;
  }

  function search(text) {
    var all = tokenize(text);
    var terms = all.filter(function (t) { return !stop[t]; });
    if (!terms.length) terms = all;
    if (!terms.length) return { terms: [], results: [] };
    var scores = null;
    terms.forEach(function (term) {
      var scored = {};
      vocabulary.forEach(function (token) {
        var q = quality(term, token);
        if (!q) return;
        postings(token).forEach(function (p) {
          var s = q * bestWeight(p[1]);
          if (!(scored[p[0]] >= s)) scored[p[0]] = s;
        });
      });
      if (scores === null) { scores = scored; return; }
      var both = {};
      Object.keys(scores).forEach(function (page) { if (page in scored) both[page] = scores[page] + scored[page]; });
      scores = both;
    });
    var results = Object.keys(scores).map(function (page) { return { page: +page, score: scores[page] }; });
    results.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
    return { terms: terms, results: results };
  }

  // Text with every occurrence of the terms wrapped in <mark>, built as DOM nodes.
  function highlighted(text, terms) {
    var fragment = doc.createDocumentFragment(), lower = text.toLowerCase(), at = 0;
    while (at < text.length) {
      var next = -1, length = 0;
      terms.forEach(function (term) {
        var found = lower.indexOf(term, at);
        if (found >= 0 && (next < 0 || found < next || (found === next && term.length > length))) { next = found; length = term.length; }
      });
      if (next < 0) break;
      if (next > at) fragment.appendChild(doc.createTextNode(text.slice(at, next)));
      var mark = doc.createElement("mark");
      mark.textContent = text.slice(next, next + length);
      fragment.appendChild(mark);
      at = next + length;
    }
    if (at < text.length) fragment.appendChild(doc.createTextNode(text.slice(at)));
    return fragment;
  }

  // A heading is its text when its id is the GitHub-style slug of the text (HeadingSlugger), else [id, text].
  function heading(entry) {
    if (typeof entry !== "string") return entry;
    return [entry.toLowerCase().replace(/ /g, "-").replace(/[^\p{L}\p{M}\p{N}\p{Pc}-]/gu, ""), entry];
  }

  function contains(text, terms) {
    var lower = text.toLowerCase();
    return terms.some(function (term) { return lower.indexOf(term) >= 0; });
  }

  function pageURL(url, hash) {
    var at = url.indexOf("#");
    if (at >= 0) { hash = hash || url.slice(at + 1); url = url.slice(0, at); }
    var href = siteRoot + url;
    if (location.protocol === "file:" && (href === "" || href.slice(-1) === "/")) href += "index.html";
    return (href || "./") + (hash ? "#" + hash : "");
  }

  // Results are grouped by page kind; a group's place is its best result's rank.
  var GROUPS = { lesson: "Lessons", decision: "Decisions", "case": "Cases", service: "Services", flashcard: "Flashcards" };
  function render() {
    var text = input.value.trim();
    list.textContent = "";
    if (!text) { close(); status.textContent = ""; return; }
    var found = search(text), terms = found.terms, groups = {};
    found.results.slice(0, MAX).forEach(function (result) {
      var page = index.pages[result.page], name = GROUPS[page.k] || "Pages", group = groups[name];
      if (!group) {
        group = groups[name] = doc.createElement("ol");
        var li = doc.createElement("li"), title = doc.createElement("p");
        li.className = "search-group";
        title.className = "search-kind";
        title.textContent = name;
        li.appendChild(title);
        li.appendChild(group);
        list.appendChild(li);
      }
      var hit = (page.h || []).map(heading).filter(function (h) { return contains(h[1], terms); })[0];
      var command = (page.c || []).filter(function (c) { return contains(c, terms); })[0];
      var item = doc.createElement("li");
      var link = doc.createElement("a");
      link.className = "search-result";
      link.href = pageURL(page.u, hit && !contains(page.t, terms) ? hit[0] : "");
      var title = doc.createElement("span");
      title.className = "search-title";
      title.appendChild(highlighted(page.t, terms));
      link.appendChild(title);
      var detail = doc.createElement("span");
      detail.className = "search-detail";
      if (hit) {
        detail.appendChild(doc.createTextNode("§ "));
        detail.appendChild(highlighted(hit[1], terms));
      } else if (command) {
        var code = doc.createElement("code");
        code.appendChild(highlighted(command, terms));
        detail.appendChild(code);
      } else if (page.s) {
        detail.appendChild(highlighted(page.s, terms));
      }
      link.appendChild(detail);
      item.appendChild(link);
      group.appendChild(item);
    });
    var count = found.results.length;
    if (!count) {
      var none = doc.createElement("li");
      none.className = "search-none";
      none.textContent = "No page matches “" + text + "”.";
      list.appendChild(none);
    }
    status.textContent = count ? count + (count === 1 ? " result" : " results") + ", use the arrow keys to choose" : "No results";
    panel.hidden = false;
  }

  function close() { if (panel) panel.hidden = true; }
  function links() { return Array.prototype.slice.call(list.querySelectorAll("a.search-result")); }
  function moveFocus(step) {
    var all = links(), current = all.indexOf(doc.activeElement);
    if (!all.length) return;
    var next = current + step;
    if (next < 0) { input.focus(); return; }
    if (next >= all.length) next = all.length - 1;
    all[next].focus();
  }

  input.addEventListener("input", function () { load(render); });
  input.addEventListener("focus", function () { load(function () { if (input.value.trim()) render(); }); });
  box.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); if (panel.hidden && input.value.trim()) render(); moveFocus(1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); moveFocus(-1); }
    else if (event.key === "Escape") { close(); input.focus(); }
    else if (event.key === "Enter" && doc.activeElement === input) {
      event.preventDefault();
      var first = links()[0];
      if (first) location.href = first.href;
    }
  });
  doc.addEventListener("click", function (event) { if (!box.contains(event.target)) close(); });
  box.addEventListener("focusout", function () {
    setTimeout(function () { if (!box.contains(doc.activeElement)) close(); }, 0);
  });
  doc.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target, tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
})();
