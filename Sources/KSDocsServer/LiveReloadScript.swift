import Foundation

/// The script the dev server adds to every HTML page it serves (never to `build` output):
/// it listens on the event stream, reloads on `reload`, and shows build errors as an overlay.
enum LiveReloadScript {
    /// Where the event stream and the script are served.
    static let eventsPath = "/__ksdocs/events"
    static let scriptPath = "/__ksdocs/live-reload.js"

    /// The tag added before `</body>`; `generation` is the build the page came from.
    static func tag(generation: Int) -> String {
        "<script src=\"\(scriptPath)\" data-generation=\"\(generation)\"></script>"
    }

    /// `html` with the script tag before its last `</body>` (or at the end).
    static func inject(into html: String, generation: Int) -> String {
        let tag = tag(generation: generation)
        guard let range = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
            return html + tag + "\n"
        }
        return html.replacingCharacters(in: range, with: tag + "\n" + html[range])
    }

    static let source = #"""
        (function () {
          "use strict";
          var script = document.currentScript;
          var generation = script ? script.getAttribute("data-generation") : null;
          var overlay = null;
          function show(lines) {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.id = "ksdocs-build-error";
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;" +
                "padding:2rem;background:rgba(24,0,0,.94);color:#ffe0e0;font:14px/1.5 ui-monospace,monospace;" +
                "white-space:pre-wrap";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "ksdocs: the build failed; the page below is the last good build.\n" +
              "Fix the file and save: the page reloads by itself.\n\n" + lines.join("\n");
          }
          var source = new EventSource("/__ksdocs/events");
          source.addEventListener("hello", function (event) {
            if (generation !== null && event.data !== generation) { location.reload(); }
          });
          source.addEventListener("reload", function () { location.reload(); });
          source.addEventListener("build-error", function (event) { show(JSON.parse(event.data)); });
        })();

        """#
}
