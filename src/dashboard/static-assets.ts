/**
 * The dashboard's only stylesheet and script, served from memory so the
 * Content-Security-Policy can stay at 'self' with no inline code at all.
 */

const STYLESHEET = `
:root { color-scheme: light dark; --accent: #2f7d4f; --muted: #6b7280; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center;
  padding: .75rem 1.5rem; border-bottom: 1px solid #8884; }
.brand { font-weight: 700; margin: 0; }
nav { display: flex; flex-wrap: wrap; gap: .9rem; align-items: center; }
nav a { text-decoration: none; color: inherit; }
nav a[aria-current="page"] { color: var(--accent); font-weight: 600;
  border-bottom: 2px solid var(--accent); }
.languages { margin: 0 0 0 auto; display: flex; gap: .6rem; font-size: .9rem; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.5rem; }
form.stack { display: grid; gap: .8rem; max-width: 36rem; }
form.inline { display: inline; }
fieldset { border: 1px solid #8886; border-radius: 6px; }
label { display: block; }
input[type="text"], input[type="password"], input[type="file"], select {
  font: inherit; padding: .35rem; width: 100%; }
button { font: inherit; padding: .4rem 1rem; border-radius: 6px;
  border: 1px solid var(--accent); background: var(--accent); color: #fff;
  cursor: pointer; }
button.link { background: none; border: none; color: inherit; padding: 0;
  text-decoration: underline; }
button.danger { background: #b42318; border-color: #b42318; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #8884;
  vertical-align: top; }
.notice { padding: .75rem 1rem; border-left: 4px solid var(--accent);
  background: #8881; }
.warning { border-left-color: #b54708; }
.error { border-left-color: #b42318; }
.muted { color: var(--muted); }
progress { width: 100%; height: 1.2rem; }
#log { font-family: ui-monospace, monospace; font-size: .9rem; }
`;

const SCRIPT = `
"use strict";
(function () {
  function format(template, values) {
    return template.replace(/\\{(\\w+)\\}/g, function (whole, name) {
      return name in values ? String(values[name]) : whole;
    });
  }

  function addLine(log, text) {
    var item = document.createElement("li");
    item.textContent = text;
    log.appendChild(item);
  }

  function showSummary(job, summary) {
    var box = document.getElementById("summary");
    var list = document.createElement("ul");
    summary.files.forEach(function (file) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "/exports/" + encodeURIComponent(summary.folder) + "/files/" +
        file.path.split("/").map(encodeURIComponent).join("/");
      link.textContent = file.path;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" (" + file.rows + ")"));
      list.appendChild(item);
    });
    var text = document.createElement("p");
    text.textContent = format(job.dataset.msgSummary, {
      rows: summary.rows, files: summary.files.length, folder: summary.folder
    });
    box.replaceChildren(text, list);
    summary.warnings.forEach(function (warning) {
      var note = document.createElement("p");
      note.className = "notice warning";
      note.textContent = warning;
      box.appendChild(note);
    });
  }

  function followJob(job) {
    var status = document.getElementById("status");
    var bar = document.getElementById("bar");
    var log = document.getElementById("log");
    var source = new EventSource(job.dataset.eventsUrl);
    source.addEventListener("reading", function (message) {
      var event = JSON.parse(message.data);
      bar.max = event.filesTotal;
      bar.value = event.filesDone;
      status.textContent = format(job.dataset.msgReading,
        { done: event.filesDone, total: event.filesTotal });
    });
    source.addEventListener("converting", function () {
      addLine(log, job.dataset.msgConverting);
    });
    source.addEventListener("writing", function (message) {
      var event = JSON.parse(message.data);
      addLine(log, format(job.dataset.msgWriting, { files: event.files }));
    });
    source.addEventListener("summary", function (message) {
      source.close();
      bar.value = bar.max;
      status.textContent = job.dataset.msgSucceeded;
      job.dataset.state = "succeeded";
      showSummary(job, JSON.parse(message.data));
    });
    source.addEventListener("failed", function (message) {
      source.close();
      status.textContent = job.dataset.msgFailed;
      job.dataset.state = "failed";
      var note = document.createElement("p");
      note.className = "notice error";
      note.textContent = JSON.parse(message.data).message;
      document.getElementById("summary").replaceChildren(note);
    });
    source.onmessage = function (message) {
      addLine(log, message.data);
    };
  }

  document.addEventListener("DOMContentLoaded", function () {
    var job = document.getElementById("job");
    if (job && job.dataset.state === "running") followJob(job);
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.dataset.confirm)) event.preventDefault();
      });
    });
  });
})();
`;

export interface StaticAsset {
  contentType: string;
  body: string;
}

export const STATIC_ASSETS: Readonly<Record<string, StaticAsset>> = {
  "dashboard.css": { contentType: "text/css; charset=utf-8", body: STYLESHEET },
  "dashboard.js": {
    contentType: "text/javascript; charset=utf-8",
    body: SCRIPT,
  },
};
