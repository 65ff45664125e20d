// teachpack review: the page's own behaviour (htmx does the saving).
// The preview follows the server's push (Server-Sent Events): the book's
// page reloads itself when the course changed, and the build's progress
// and files are shown as they come.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const frame = document.getElementById("preview");
  const status = document.getElementById("status");
  const previewStatus = document.getElementById("preview-status");
  const chooser = document.getElementById("page");
  const problem = document.getElementById("preview-error");
  const progress = document.getElementById("build-progress");
  const log = document.getElementById("build-log");
  const result = document.getElementById("build-result");
  const make = document.getElementById("make");

  chooser.addEventListener("change", () => { frame.src = chooser.value; });

  // A new entry's form starts empty again once the entry is saved.
  document.body.addEventListener("htmx:afterRequest", (event) => {
    const form = event.detail.elt;
    if (form.matches && form.matches("form.add-form") && event.detail.successful) form.reset();
  });

  const say = (text) => { status.textContent = text; };

  function reloadPreview() {
    // Keep the reader's place in the page across the reload.
    const win = frame.contentWindow;
    const y = win ? win.scrollY : 0;
    frame.addEventListener("load", () => frame.contentWindow.scrollTo(0, y), { once: true });
    if (win) win.location.reload(); else frame.src = frame.src;
  }

  const events = new EventSource("/events");
  events.addEventListener("changed", (event) => {
    const data = JSON.parse(event.data);
    if (String(data.version) === frame.dataset.version) return;
    frame.dataset.version = String(data.version);
    problem.hidden = !data.error;
    problem.querySelector("span").textContent = data.error || "";
    if (!data.error) {
      reloadPreview();
      previewStatus.textContent = frame.dataset.updated;
    }
  });
  events.addEventListener("progress", (event) => {
    progress.hidden = false;
    log.hidden = false;
    result.hidden = true;
    make.setAttribute("aria-disabled", "true");
    log.textContent += JSON.parse(event.data).line + "\n";
  });
  events.addEventListener("built", (event) => {
    const data = JSON.parse(event.data);
    progress.hidden = true;
    make.removeAttribute("aria-disabled");
    result.replaceChildren(document.createTextNode(data.message + " "));
    for (const file of data.files) {
      const link = document.createElement("a");
      link.href = file.url;
      link.textContent = file.name;
      result.append(link, " ");
    }
    result.className = data.ok ? "" : "error";
    result.hidden = false;
    say(data.message);
  });
});
