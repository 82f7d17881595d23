/* newsprism web app behaviour, on top of pages that work without it:
   - a job's page follows its progress by polling /api/jobs/ID (instead of reloading every 2 s), and moves on
     to the result when the job ends; it stops waiting at the job's wait bound;
   - a story page with analyses running reloads when they end, unless something was typed into a form;
   - a paste or upload over the server's size limit is stopped before it is sent, with the reason beside it,
     so the text stays in the box.
   Reads only data-* attributes and JSON; writes only textContent. */
(function () {
  "use strict";

  // done(data) on a 200 with JSON; failed(status) on anything else (an error status, a dropped connection, a
  // timeout, a body that is not JSON), so that a poller always hears back and can try again.
  function getJSON(url, done, failed) {
    var xhr = new XMLHttpRequest();
    var settled = false;
    function fail() { if (!settled) { settled = true; if (failed) { failed(xhr.status); } } }
    xhr.open("GET", url);
    xhr.timeout = 10000;
    xhr.setRequestHeader("Accept", "application/json");
    xhr.onload = function () {
      if (xhr.status !== 200) { fail(); return; }
      var data;
      try { data = JSON.parse(xhr.responseText); } catch (e) { fail(); return; }
      settled = true;
      done(data);
    };
    xhr.onerror = fail;
    xhr.ontimeout = fail;
    xhr.onabort = fail;
    xhr.send();
  }

  function setText(id, text) {
    var el = document.getElementById(id);
    if (el) { el.textContent = text; }
  }

  function followJob(box) {
    var id = box.getAttribute("data-job");
    var bound = parseFloat(box.getAttribute("data-bound") || "900");
    var status = box.getAttribute("data-status");
    if (status !== "queued" && status !== "running") { return; }
    // The page's own <meta refresh> would reload it; polling replaces that.
    var meta = document.querySelector('meta[http-equiv="refresh"]');
    if (meta) { meta.parentNode.removeChild(meta); }
    var started = Date.now();
    (function poll() {
      getJSON("/api/jobs/" + encodeURIComponent(id), function (job) {
        setText("job-stage", job.stage);
        setText("job-step", String(job.step));
        setText("job-elapsed", job.elapsed.toFixed(1));
        var bar = document.getElementById("job-progress");
        if (bar && job.steps) { bar.max = job.steps; bar.value = job.step; }
        if (job.status === "done" && job.href) {
          window.location.replace(job.href + window.location.search);
        } else if (job.status === "failed" || job.overdue) {
          window.location.reload();
        }
      });
      var done = box.getAttribute("data-status") !== "queued" && box.getAttribute("data-status") !== "running";
      if (!done && (Date.now() - started) / 1000 < bound) { window.setTimeout(poll, 1000); }
    })();
  }

  function followStory(ws) {
    var ids = (ws.getAttribute("data-jobs") || "").split(" ").filter(Boolean);
    if (!ids.length) { return; }
    var typed = false;
    ws.addEventListener("input", function () { typed = true; });
    var started = Date.now();
    (function poll() {
      var left = ids.length;
      var running = 0;
      ids.forEach(function (id) {
        function heard() {
          left -= 1;
          if (left === 0) {
            if (running === 0 && !typed) { window.location.reload(); }
            else if ((Date.now() - started) / 1000 < 900) { window.setTimeout(poll, 1500); }
          }
        }
        getJSON("/api/jobs/" + encodeURIComponent(id), function (job) {
          if (job.status === "queued" || job.status === "running") { running += 1; }
          var stages = ws.querySelectorAll(".job-stage");
          for (var i = 0; i < stages.length; i++) { stages[i].textContent = job.stage; }
          heard();
        }, function (status) {
          // A job the server no longer knows (404: restarted) is over; any other failure is not an answer:
          // count it as still running and ask again next round.
          if (status !== 404) { running += 1; }
          heard();
        });
      });
    })();
  }

  function guardSize(form) {
    form.addEventListener("submit", function (ev) {
      var text = form.querySelector("textarea[data-limit]");
      if (!text) { return; }
      var limit = parseInt(text.getAttribute("data-limit"), 10);
      var size = new Blob([text.value]).size;
      var files = form.querySelectorAll('input[type="file"]');
      for (var i = 0; i < files.length; i++) {
        for (var j = 0; j < files[i].files.length; j++) { size += files[i].files[j].size; }
      }
      if (limit && size > limit) {
        ev.preventDefault();
        var warn = form.querySelector(".size-warning");
        if (warn) {
          warn.hidden = false;
          warn.textContent = "Not sent: this is " + (size / 1e6).toFixed(1) + " MB, over the server's limit of " +
            (limit / 1e6).toFixed(1) + " MB per request. Split the text or send fewer files at a time; " +
            "your text is still here.";
        }
      }
    });
  }

  function start() {
    var box = document.getElementById("job");
    if (box) { followJob(box); }
    var ws = document.getElementById("workspace");
    if (ws) { followStory(ws); }
    var forms = document.querySelectorAll("form.intake");
    for (var i = 0; i < forms.length; i++) { guardSize(forms[i]); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
