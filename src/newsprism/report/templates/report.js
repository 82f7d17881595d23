/* newsprism report behavior: tooltips for highlights and matrix cells, and flashing the evidence a link
   points to. Reads only data-* attributes and writes only textContent, so no analyzed text is ever parsed
   as HTML. Works the same inline (offline report) and as /static/report.js (web app, CSP script-src 'self'). */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var tip = null;

  function ensureTip() {
    if (!tip) {
      tip = document.createElement("div");
      tip.id = "np-tip";
      tip.setAttribute("role", "tooltip");
      tip.hidden = true;
      document.body.appendChild(tip);
    }
    return tip;
  }

  function show(el) {
    var text = el.getAttribute("data-tip");
    if (!text) { return; }
    var t = ensureTip();
    t.textContent = text;
    t.hidden = false;
    var r = el.getBoundingClientRect();
    var left = Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - t.offsetWidth - 8));
    t.style.left = left + "px";
    t.style.top = (window.scrollY + r.bottom + 6) + "px";
  }

  function hide() { if (tip) { tip.hidden = true; } }

  function target(ev) {
    var el = ev.target;
    return el && el.closest ? el.closest("[data-tip]") : null;
  }

  document.addEventListener("mouseover", function (ev) { var el = target(ev); if (el) { show(el); } });
  document.addEventListener("mouseout", function (ev) { if (target(ev)) { hide(); } });
  document.addEventListener("focusin", function (ev) { var el = target(ev); if (el) { show(el); } });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { hide(); } });

  function has(el, attr, id) {
    var v = el.getAttribute(attr);
    return v ? v.split(" ").indexOf(id) >= 0 : false;
  }

  // A jump to one side of a flag lights up every side of it, in every source (marks share the flag's id in
  // data-flag); each side offers a way back to the flag (the "↩" link before it).
  function flash() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var old = document.querySelectorAll(".flash");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("flash"); }
    if (!id) { return; }
    var marks = document.querySelectorAll("[data-ev], [data-flag]");
    var groups = [];
    var j, k;
    for (j = 0; j < marks.length; j++) {
      if (has(marks[j], "data-ev", id)) {
        marks[j].classList.add("flash");
        var g = (marks[j].getAttribute("data-flag") || "").split(" ");
        for (k = 0; k < g.length; k++) { if (g[k] && groups.indexOf(g[k]) < 0) { groups.push(g[k]); } }
      }
    }
    for (j = 0; j < marks.length; j++) {
      for (k = 0; k < groups.length; k++) {
        if (has(marks[j], "data-flag", groups[k])) { marks[j].classList.add("flash"); }
      }
    }
  }
  window.addEventListener("hashchange", flash);
  document.addEventListener("DOMContentLoaded", flash);
  if (document.readyState !== "loading") { flash(); }
})();
