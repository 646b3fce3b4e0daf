/* kitestacks site script. Every page works without it; it adds:
   - links that work when the site is opened from disk (file://),
   - copy buttons, and "mark as done" with time remaining on track pages. */
(function () {
  "use strict";

  // Opened from disk: folder links need an explicit index.html.
  if (location.protocol === "file:") {
    document.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href) || href.charAt(0) === "#") return;
      var hash = href.indexOf("#");
      var path = hash < 0 ? href : href.slice(0, hash);
      var rest = hash < 0 ? "" : href.slice(hash);
      if (path === "" ) return;
      if (path.slice(-1) === "/") a.setAttribute("href", path + "index.html" + rest);
    });
  }

  // Copy buttons on AI prompts.
  document.querySelectorAll(".copy-button[data-copy-target]").forEach(function (button) {
    var source = button.parentElement && button.parentElement.querySelector("[data-copy-source]");
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.innerText.trim()).then(function () {
        var label = button.textContent;
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = label; }, 1500);
      });
    });
  });

  // Mark as done (kept in localStorage) and time remaining on the track page.
  var KEY = "ksdocs-done";
  function load() {
    try { return JSON.parse(localStorage.getItem(KEY) || "{}"); } catch (e) { return {}; }
  }
  function save(done) {
    try { localStorage.setItem(KEY, JSON.stringify(done)); } catch (e) { /* storage may be off */ }
  }
  var done = load();
  document.querySelectorAll("input.mark-done[data-lesson]").forEach(function (box) {
    var id = box.getAttribute("data-lesson");
    box.disabled = false;
    box.checked = !!done[id];
    box.addEventListener("change", function () {
      done = load();
      if (box.checked) done[id] = true; else delete done[id];
      save(done);
    });
  });
  var items = document.querySelectorAll(".lesson-item[data-lesson]");
  var remaining = document.querySelector(".track-remaining");
  if (items.length && remaining) {
    var left = 0;
    items.forEach(function (item) {
      var isDone = !!done[item.getAttribute("data-lesson")];
      item.classList.toggle("done", isDone);
      if (!isDone) left += parseInt(item.getAttribute("data-minutes"), 10) || 0;
    });
    var text = left < 60 ? left + " min" : Math.floor(left / 60) + " h" + (left % 60 ? " " + (left % 60) + " min" : "");
    remaining.textContent = " · " + (left === 0 ? "all done" : "~" + text + " left");
    remaining.hidden = false;
  }
})();
