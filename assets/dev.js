// kratos-htmx-ui, watch mode only (scripts/dev.sh --watch; built into the binary and linked
// only then, never in production): keeps an open page in step with the code. It polls
// GET /dev/status (src/flows/dev.rs) and
//   - reloads the page once the UI answers as a new process (scripts/dev.sh --watch rebuilt
//     and restarted it) or an asset file changed on disk;
//   - while a rebuild runs, says so in a corner;
//   - when a rebuild fails, shows the compiler's errors over the page (the old process keeps
//     serving it) until a rebuild succeeds, which then reloads the page.
// Text only (textContent), classes from assets/dev.css: the page's strict CSP holds here too.
(function () {
  "use strict";

  var statusUrl = document.currentScript && document.currentScript.getAttribute("data-status");
  if (!statusUrl) {
    return;
  }
  var POLL_MS = 500;
  // About 35 s without an answer (the watcher waits 30 s for a new process): it did not start,
  // and its error is in the terminal.
  var GIVE_UP_POLLS = 70;
  var seen = null;
  var panel = null;
  var unanswered = 0;

  function showPanel(kind, title, details) {
    if (!panel) {
      panel = document.createElement("div");
      panel.setAttribute("data-testid", "dev-build");
      document.body.appendChild(panel);
    }
    panel.className = "dev-build dev-build--" + kind;
    panel.setAttribute("role", kind === "failed" ? "alert" : "status");
    panel.textContent = "";
    var heading = document.createElement("p");
    heading.className = "dev-build-title";
    heading.textContent = title;
    panel.appendChild(heading);
    if (details) {
      var pre = document.createElement("pre");
      pre.className = "dev-build-errors";
      pre.textContent = details;
      panel.appendChild(pre);
    }
  }

  function hidePanel() {
    if (panel) {
      panel.remove();
      panel = null;
    }
  }

  function poll() {
    fetch(statusUrl, { cache: "no-store", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.json();
      })
      .then(function (status) {
        unanswered = 0;
        var version = status.server + "/" + status.assets;
        if (seen === null) {
          seen = version;
        } else if (version !== seen) {
          window.location.reload();
          return;
        }
        if (status.build === "failed") {
          showPanel("failed", "The UI did not build. The page shows the last build; fix the error and save:", status.errors);
        } else if (status.build === "building") {
          showPanel("building", "Rebuilding…");
        } else {
          hidePanel();
        }
        window.setTimeout(poll, POLL_MS);
      })
      .catch(function () {
        // Restarting: the new process answers in a moment, or has failed to start.
        unanswered += 1;
        if (unanswered < GIVE_UP_POLLS) {
          showPanel("building", "Restarting…");
        } else {
          showPanel("failed", "The UI is not running: it stopped at start. Its error is in the terminal where scripts/dev.sh --watch runs; this page reloads once it answers again.");
        }
        window.setTimeout(poll, POLL_MS);
      });
  }

  poll();
})();
