// kratos-htmx-ui: the only script of our own. Everything works without it; with it, htmx
// saves swap in place and this file takes care of focus and busy states. No inline code
// anywhere, so the Content-Security-Policy can forbid inline scripts.
(function () {
  "use strict";

  // After a swap, move focus where a person needs it: the first invalid field, else the
  // status region when it has something to say. The server marks the target with
  // `autofocus`, which is the same mechanism a page load without JavaScript uses.
  function focusAfterSwap(root) {
    var target = root.querySelector("[autofocus]");
    if (target) {
      target.focus();
    }
  }

  document.addEventListener("htmx:afterSettle", function (event) {
    focusAfterSwap(event.detail.elt.isConnected ? event.detail.elt : document);
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
    var status = document.getElementById("flow-status");
    if (!status) {
      return;
    }
    var box = document.createElement("div");
    box.className = "flow-messages flow-messages--error";
    box.setAttribute("role", "alert");
    box.setAttribute("data-testid", "network-error");
    var text = document.createElement("p");
    text.className = "message message--error";
    text.textContent = "Your changes could not be sent: the connection failed. Please check your connection and try again.";
    box.appendChild(text);
    status.replaceChildren(box);
    status.focus();
  });
})();
