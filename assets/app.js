// kratos-htmx-ui: the only script of our own. Everything works without it; with it, htmx
// saves swap in place and this file takes care of focus and busy states. No inline code
// anywhere, so the Content-Security-Policy can forbid inline scripts.
(function () {
  "use strict";

  // After a swap, move focus where a person needs it: the first invalid field, else the
  // status region when it has something to say. The server marks the target with
  // `autofocus`, which is the same mechanism a page load without JavaScript uses; in a
  // swapped fragment the mark becomes `data-autofocus` before htmx inserts it (below).
  function focusAfterSwap(root) {
    var target = root.querySelector("[data-autofocus], [autofocus]");
    if (target) {
      target.focus();
    }
  }

  // WebKit acts on the `autofocus` of inserted content at its next redraw, even when the focus
  // has moved on by then, so keys typed in that moment land in the wrong place. Inside a
  // <template> the fragment is inert: the mark is renamed there, and htmx swaps the result.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var response = event.detail.serverResponse;
    if (typeof response !== "string" || response.indexOf("autofocus") === -1) {
      return;
    }
    // A whole document (not ours: our fragments never are one) would lose its frame here.
    if (/^\s*<(!doctype|html)/i.test(response)) {
      return;
    }
    var template = document.createElement("template");
    template.innerHTML = response;
    var marked = template.content.querySelectorAll("[autofocus]");
    if (marked.length === 0) {
      return;
    }
    marked.forEach(function (element) {
      element.removeAttribute("autofocus");
      element.setAttribute("data-autofocus", "");
    });
    event.detail.serverResponse = template.innerHTML;
  });

  // Controls that only work with JavaScript are rendered hidden; show them now.
  // A copy button needs the clipboard API too (browsers offer it only on https and localhost).
  function revealScriptedControls(root) {
    root.querySelectorAll("[data-needs-js][hidden]").forEach(function (control) {
      if (control.hasAttribute("data-copy") && !navigator.clipboard) {
        return;
      }
      control.hidden = false;
    });
  }
  revealScriptedControls(document);

  document.addEventListener("htmx:afterSettle", function (event) {
    var root = event.detail.elt.isConnected ? event.detail.elt : document;
    revealScriptedControls(root);
    focusAfterSwap(root);
  });

  // Kratos's WebAuthn and passkey functions (defined by its script, served from our origin),
  // called from here instead of Kratos's inline onclick strings, which the CSP forbids.
  var KRATOS_TRIGGERS = [
    "oryWebAuthnRegistration",
    "oryWebAuthnLogin",
    "oryPasskeySettingsRegistration",
    "oryPasskeyRegistration",
    "oryPasskeyLogin",
  ];

  // Kratos's functions that run when a page (or a swapped flow) shows: passkey autofill, which
  // lets the browser offer a passkey in the identifier field's suggestions.
  var KRATOS_ONLOAD = ["oryPasskeyLoginAutocompleteInit"];

  function runOnloadTriggers(root) {
    var names = [];
    root.querySelectorAll("[data-kratos-onload]").forEach(function (node) {
      var name = node.getAttribute("data-kratos-onload");
      if (KRATOS_ONLOAD.indexOf(name) !== -1 && names.indexOf(name) === -1) {
        names.push(name);
      }
    });
    names.forEach(function (name) {
      if (typeof window[name] !== "function") {
        return;
      }
      // A pending autofill request belongs to the flow that was swapped out.
      if (window.abortPasskeyConditionalUI) {
        window.abortPasskeyConditionalUI.abort();
      }
      window[name]();
    });
  }
  runOnloadTriggers(document);
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.detail.elt.isConnected) {
      runOnloadTriggers(event.detail.elt);
    }
  });

  // Texts this script shows, in the page's language: the server puts them on <body> as
  // data-text-<id> attributes from its message catalogue.
  function text(id) {
    return document.body.getAttribute("data-text-" + id) || id;
  }

  function say(message, testid) {
    var status = document.getElementById("flow-status");
    if (!status) {
      return;
    }
    var box = document.createElement("div");
    box.className = "flow-messages flow-messages--error";
    box.setAttribute("role", "alert");
    box.setAttribute("data-testid", testid);
    var line = document.createElement("p");
    line.className = "message message--error";
    line.textContent = message;
    box.appendChild(line);
    status.replaceChildren(box);
    status.focus();
  }

  function textOf(id) {
    var source = document.getElementById(id);
    if (!source) {
      return "";
    }
    var codes = source.querySelectorAll("li");
    if (codes.length) {
      return Array.prototype.map.call(codes, function (item) {
        return item.textContent.trim();
      }).join("\n") + "\n";
    }
    return source.textContent.trim();
  }

  function confirmOn(button, text) {
    var original = button.getAttribute("data-label") || button.textContent;
    button.setAttribute("data-label", original);
    button.textContent = text;
    setTimeout(function () {
      button.textContent = original;
    }, 2000);
  }

  document.addEventListener("click", function (event) {
    var trigger = event.target.closest("[data-kratos-trigger]");
    if (trigger) {
      var name = trigger.getAttribute("data-kratos-trigger");
      event.preventDefault();
      if (KRATOS_TRIGGERS.indexOf(name) === -1 || typeof window[name] !== "function") {
        say(text("webauthn-unavailable"), "webauthn-unavailable");
        return;
      }
      window[name]();
      return;
    }
    var copy = event.target.closest("[data-copy]");
    if (copy && navigator.clipboard) {
      navigator.clipboard.writeText(textOf(copy.getAttribute("data-copy"))).then(function () {
        confirmOn(copy, text("copied"));
      }, function () {
        confirmOn(copy, text("copy-failed"));
      });
      return;
    }
    var download = event.target.closest("[data-download]");
    if (download) {
      var blob = new Blob([textOf(download.getAttribute("data-download"))], { type: "text/plain" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = download.getAttribute("data-filename") || "codes.txt";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () {
        URL.revokeObjectURL(link.href);
      }, 1000);
    }
  });

  // Forms say they are busy while a save is on its way; nothing is disabled, so no button
  // can be left disabled when a response never comes back.
  document.addEventListener("htmx:beforeRequest", function (event) {
    event.detail.elt.setAttribute("aria-busy", "true");
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    event.detail.elt.removeAttribute("aria-busy");
  });

  // Our own server could not be reached at all: say so where the messages are.
  document.addEventListener("htmx:sendError", function () {
    say(text("network-error"), "network-error");
  });
})();
