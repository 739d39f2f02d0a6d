// datecheck's checking page. Every text from the story or the server is put into the page as text
// (textContent, never HTML), and the story itself is never rewritten to show the findings: they are
// CSS Custom Highlights over a copy of the text behind the text area.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const story = $("story");
  const mirror = $("mirror");
  const published = $("published");
  const publishedNote = $("published-note");
  const publishedReset = $("published-reset");
  const formatChoice = $("format");
  const country = $("country");
  const languageChoice = $("language");
  const dateOrder = $("date-order");
  const statusLine = $("status");
  const findingsList = $("findings");
  const timeline = $("timeline");
  const SVG = "http://www.w3.org/2000/svg";
  const DELAY = 250;
  const SEVERITY_NAMES = { error: "Error", warning: "Warning", info: "Note" };
  const SOURCES = {
    "front-matter": "the front matter",
    "html": "the page's metadata",
    "dateline": "the dateline",
    "file-name": "the file name",
  };

  const state = {
    sequence: 0,
    controller: null,
    timer: null,
    checkedText: null,
    file: null,
    publishedMode: "auto",
    fileName: null,
    token: sessionStorage.getItem("datecheck-token") || "",
  };
  const canHighlight = typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
  const textNode = document.createTextNode("");
  mirror.appendChild(textNode);

  // ---- talking to the server ----

  async function api(path, options = {}) {
    const headers = Object.assign({}, options.headers || {});
    if (state.token) headers["Authorization"] = "Bearer " + state.token;
    const response = await fetch(path, Object.assign({}, options, { headers }));
    let data = null;
    try { data = await response.json(); } catch (error) { data = null; }
    if (response.status === 401) $("token-box").hidden = false;
    return { ok: response.ok, status: response.status, data };
  }

  function problemOf(result) {
    return (result.data && result.data.error) || ("the server answered " + result.status);
  }

  function setStatus(text, problem = false) {
    statusLine.textContent = text;
    statusLine.classList.toggle("problem", problem);
  }

  function today() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  // ---- checking ----

  function scheduleCheck(delay = DELAY) {
    clearTimeout(state.timer);
    state.timer = setTimeout(runCheck, delay);
  }

  function requestBody(text) {
    const body = { text, format: formatChoice.value, language: languageChoice.value, mentions: true };
    if (country.value) body.country = country.value;
    if (dateOrder.value) body.date_order = dateOrder.value;
    if (state.publishedMode === "manual" && published.value) body.published = published.value;
    else body.default_published = today();
    return body;
  }

  async function runCheck() {
    const text = story.value;
    const sequence = ++state.sequence;
    if (state.controller) state.controller.abort();
    if (!text.trim()) {
      state.controller = null;
      state.checkedText = text;
      state.file = null;
      render();
      setStatus("Paste or type a story to check its dates.");
      return;
    }
    const controller = state.controller = new AbortController();
    setStatus("Checking…");
    let result;
    try {
      result = await api("/api/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(requestBody(text)),
        signal: controller.signal,
      });
    } catch (error) {
      if (error.name !== "AbortError" && sequence === state.sequence) setStatus("The server cannot be reached: " + error.message, true);
      return;
    }
    if (sequence !== state.sequence) return;
    if (!result.ok) {
      setStatus("Not checked: " + problemOf(result), true);
      return;
    }
    state.checkedText = text;
    state.file = result.data.files[0];
    render();
  }

  function render() {
    const file = state.file;
    const findings = file ? file.findings : [];
    showPublished(file ? file.published : null);
    highlight(findings);
    listFindings(findings);
    drawTimeline(file);
    if (file) setStatus(summary(findings));
  }

  function summary(findings) {
    if (!findings.length) return "No date problems found.";
    const counts = {};
    for (const finding of findings) counts[finding.severity] = (counts[finding.severity] || 0) + 1;
    const parts = ["error", "warning", "info"].filter((s) => counts[s]).map((s) => {
      const name = s === "info" ? "note" : s;
      return `${counts[s]} ${name}${counts[s] === 1 ? "" : "s"}`;
    });
    return `${findings.length} finding${findings.length === 1 ? "" : "s"}: ${parts.join(", ")}.`;
  }

  // ---- the publication date ----

  function describeSource(source) {
    const kind = source.split(":")[0];
    const detail = source.includes(":") ? source.slice(source.indexOf(":") + 1) : "";
    const where = SOURCES[kind] || source;
    return kind === "front-matter" && detail ? `${where} (“${detail}”)` : where;
  }

  function showPublished(info) {
    publishedReset.hidden = state.publishedMode !== "manual";
    if (state.publishedMode === "manual") {
      publishedNote.textContent = "Set here, over any date the text gives.";
      return;
    }
    if (!info) {
      publishedNote.textContent = "";
      return;
    }
    published.value = info.date;
    if (info.source === "request-default") {
      publishedNote.textContent = `Today’s date: the text gives no publication date. Set the day the story runs here.`;
    } else {
      publishedNote.textContent = `From the text: ${describeSource(info.source)}.`;
    }
  }

  // ---- the highlights over the text ----

  function syncMirror() {
    // Change only what changed, so the highlights' ranges move with the text until the next answer.
    const old = textNode.data;
    const now = story.value;
    let start = 0;
    const shortest = Math.min(old.length, now.length);
    while (start < shortest && old.charCodeAt(start) === now.charCodeAt(start)) start++;
    let end = 0;
    while (end < shortest - start && old.charCodeAt(old.length - 1 - end) === now.charCodeAt(now.length - 1 - end)) end++;
    textNode.replaceData(start, old.length - start - end, now.slice(start, now.length - end));
    story.style.height = "auto";
    story.style.height = story.scrollHeight + 2 + "px";
  }

  function rangeOf(start, end) {
    const length = textNode.data.length;
    const range = new Range();
    range.setStart(textNode, Math.min(start, length));
    range.setEnd(textNode, Math.min(end, length));
    return range;
  }

  function highlight(findings) {
    if (!canHighlight) return;
    const groups = { "dc-error": [], "dc-warning": [], "dc-info": [], "dc-related": [] };
    for (const finding of findings) {
      if (finding.end_utf16 > finding.start_utf16) groups["dc-" + finding.severity].push(rangeOf(finding.start_utf16, finding.end_utf16));
      for (const other of finding.related) {
        if (other.end_utf16 > other.start_utf16) groups["dc-related"].push(rangeOf(other.start_utf16, other.end_utf16));
      }
    }
    for (const [name, ranges] of Object.entries(groups)) CSS.highlights.set(name, new Highlight(...ranges));
    CSS.highlights.delete("dc-active");
  }

  function markActive(finding) {
    if (!canHighlight || state.checkedText !== story.value) return;
    if (!finding) { CSS.highlights.delete("dc-active"); return; }
    CSS.highlights.set("dc-active", new Highlight(rangeOf(finding.start_utf16, finding.end_utf16)));
  }

  // ---- the list of findings ----

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function listFindings(findings) {
    findingsList.replaceChildren();
    if (!findings.length) {
      findingsList.appendChild(element("li", "empty", state.file ? "Nothing to fix in the dates." : "No story checked yet."));
      return;
    }
    findings.forEach((finding, number) => findingsList.appendChild(findingItem(finding, number)));
  }

  function findingItem(finding, number) {
    const item = element("li", "finding sev-" + finding.severity);
    const head = element("p", "head");
    head.appendChild(element("span", "severity", SEVERITY_NAMES[finding.severity] || finding.severity));
    const link = element("a", "", `${finding.code} ${finding.name}`);
    link.href = "/rules/" + encodeURIComponent(finding.code);
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    head.appendChild(link);
    const goTo = element("button", "goto", `line ${finding.line}, column ${finding.column}`);
    goTo.type = "button";
    goTo.setAttribute("aria-label", `Show “${finding.text}” in the story (line ${finding.line}, column ${finding.column})`);
    goTo.addEventListener("click", () => selectSpan(finding));
    head.appendChild(goTo);
    item.appendChild(head);
    item.appendChild(element("p", "message", finding.message));
    for (const other of finding.related) {
      const line = element("p", "related");
      line.appendChild(element("q", "", other.text));
      line.appendChild(document.createTextNode(": " + other.label));
      item.appendChild(line);
    }
    if (finding.suggestions.length) item.appendChild(fixList(finding, number));
    item.addEventListener("mouseenter", () => markActive(finding));
    item.addEventListener("mouseleave", () => markActive(null));
    item.addEventListener("focusin", () => markActive(finding));
    return item;
  }

  function fixList(finding, number) {
    const list = element("ul", "fixes");
    list.setAttribute("aria-label", "Fixes");
    finding.suggestions.forEach((suggestion, index) => {
      const entry = element("li");
      const button = element("button", "fix", suggestion.replacement);
      button.type = "button";
      const why = element("span", "why", suggestion.title);
      why.id = `fix-${number}-${index}`;
      button.setAttribute("aria-describedby", why.id);
      button.addEventListener("click", () => applyFix(finding, suggestion));
      entry.append(button, why);
      list.appendChild(entry);
    });
    return list;
  }

  function selectSpan(finding) {
    if (state.checkedText !== story.value) { scheduleCheck(0); return; }
    story.focus();
    story.setSelectionRange(finding.start_utf16, finding.end_utf16);
    markActive(finding);
    const box = story.getBoundingClientRect();
    const before = textNode.data.slice(0, finding.start_utf16).split("\n").length;
    const lineHeight = parseFloat(getComputedStyle(story).lineHeight) || 24;
    window.scrollTo({ top: window.scrollY + box.top + before * lineHeight - window.innerHeight / 3 });
  }

  function applyFix(finding, suggestion) {
    const text = story.value;
    if (state.checkedText !== text) {
      setStatus("The text changed since it was checked: checking again first.");
      scheduleCheck(0);
      return;
    }
    story.focus();
    story.setSelectionRange(suggestion.start_utf16, suggestion.end_utf16);
    let done = false;
    try { done = document.execCommand("insertText", false, suggestion.replacement); } catch (error) { done = false; }
    if (!done || story.value === text) {
      story.setRangeText(suggestion.replacement, suggestion.start_utf16, suggestion.end_utf16, "end");
    }
    syncMirror();
    setStatus(`Replaced “${text.slice(suggestion.start_utf16, suggestion.end_utf16)}” with “${suggestion.replacement}”. Checking again…`);
    scheduleCheck(0);
  }

  // ---- the timeline ----

  function svgNode(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function timelineRows(file) {
    const flags = new Map();
    const rank = { info: 0, warning: 1, error: 2 };
    for (const finding of file.findings) {
      for (const span of [finding, ...finding.related]) {
        const key = span.start + ":" + span.end;
        const seen = flags.get(key) || { codes: [], severity: "info" };
        if (!seen.codes.includes(finding.code)) seen.codes.push(finding.code);
        if (rank[finding.severity] >= rank[seen.severity]) seen.severity = finding.severity;
        flags.set(key, seen);
      }
    }
    const rows = (file.mentions || []).filter((m) => m.interval).map((m) => ({
      first: m.interval[0], last: m.interval[1], label: String(m.value), text: m.text,
      where: `${m.line}:${m.column}`, flag: flags.get(m.start + ":" + m.end) || null,
    }));
    if (file.published) rows.push({ first: file.published.date, last: file.published.date, label: file.published.date, text: "published", published: true });
    rows.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.published ? 1 : b.published ? -1 : 0));
    return rows;
  }

  function gapText(from, to) {
    const days = Math.round((Date.parse(to) - Date.parse(from)) / 86400000);
    if (!(days > 1)) return "";
    if (days < 60) return `${days} days`;
    if (days < 730) return `${Math.round(days / 30.44)} months`;
    return `${Math.round(days / 365.25)} years`;
  }

  function shorten(text, size) {
    const flat = text.replace(/\s+/g, " ");
    return flat.length > size ? flat.slice(0, size - 1) + "…" : flat;
  }

  function drawTimeline(file) {
    timeline.replaceChildren();
    const rows = file ? timelineRows(file) : [];
    if (!rows.length) {
      timeline.appendChild(element("p", "empty", file ? "No dates found in the story." : "The story’s dates will be shown here."));
      return;
    }
    const step = 26, gapStep = 16, axis = 104, width = 380;
    const parts = [];
    let y = 18;
    rows.forEach((row, index) => {
      const gap = index ? gapText(rows[index - 1].last, row.first) : "";
      if (gap) { parts.push({ gap, y: y - 4 }); y += gapStep; }
      parts.push({ row, y });
      y += step;
    });
    const height = y;
    const svg = svgNode("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": "timeline-title" });
    svg.appendChild(svgNode("title", { id: "timeline-title" }, `Time axis: the story’s ${rows.length} dates in order, the day it runs marked`));
    svg.appendChild(svgNode("line", { class: "axis", x1: axis, y1: 8, x2: axis, y2: height - 8 }));
    for (const part of parts) {
      if (part.gap) { svg.appendChild(svgNode("text", { class: "gap", x: axis + 12, y: part.y }, "⋮ " + part.gap)); continue; }
      drawRow(svg, part.row, part.y, axis);
    }
    timeline.appendChild(svg);
  }

  function drawRow(svg, row, y, axis) {
    svg.appendChild(svgNode("text", { class: row.published ? "when pub" : "when", x: axis - 12, y: y + 4, "text-anchor": "end" }, shorten(row.label, 13)));
    if (row.published) {
      svg.appendChild(svgNode("path", { class: "published", d: `M ${axis} ${y - 7} L ${axis + 7} ${y} L ${axis} ${y + 7} L ${axis - 7} ${y} Z` }));
      svg.appendChild(svgNode("text", { class: "pub", x: axis + 14, y: y + 4 }, "published"));
      return;
    }
    const severity = row.flag ? " sev-" + row.flag.severity : "";
    svg.appendChild(svgNode("circle", { class: "dot" + severity, cx: axis, cy: y, r: 5 }));
    const label = svgNode("text", { x: axis + 14, y: y + 4 });
    label.appendChild(svgNode("tspan", {}, shorten(row.text, 22)));
    label.appendChild(svgNode("tspan", { class: "when", dx: 6 }, row.where));
    svg.appendChild(label);
    if (row.flag) {
      const flag = svgNode("text", { class: "flag" + severity, x: 376, y: y + 4, "text-anchor": "end" }, row.flag.codes.join(" "));
      svg.appendChild(flag);
    }
  }

  // ---- opening, copying and downloading ----

  async function openFile(file) {
    setStatus(`Reading ${file.name}…`);
    const result = await api("/api/document?name=" + encodeURIComponent(file.name), {
      method: "POST", headers: { "Content-Type": "application/octet-stream" }, body: file,
    });
    if (!result.ok) { setStatus(`${file.name} was not opened: ${problemOf(result)}`, true); return; }
    story.value = result.data.text;
    formatChoice.value = result.data.format;
    state.fileName = file.name;
    state.publishedMode = "auto";
    syncMirror();
    runCheck();
  }

  function downloadName() {
    const extension = { markdown: ".md", html: ".html", text: ".txt" }[formatChoice.value] || ".txt";
    const base = (state.fileName || "story").replace(/\.[^.]*$/, "");
    return base + (state.fileName && /\.docx$/i.test(state.fileName) ? ".txt" : extension);
  }

  function download() {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([story.value], { type: "text/plain;charset=utf-8" }));
    link.download = downloadName();
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    setStatus(`Downloaded as ${link.download}.`);
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(story.value);
    } catch (error) {
      story.select();
      document.execCommand("copy");
    }
    setStatus("The text is copied.");
  }

  async function loadSettings() {
    const result = await api("/api/settings");
    if (!result.ok || !result.data) return;
    const chosen = country.value;
    const own = country.options[0];
    const names = result.data.country_names || {};
    country.replaceChildren(own, ...result.data.countries.map((code) => {
      const option = element("option", "", names[code] ? `${names[code]} (${code})` : code);
      option.value = code;
      return option;
    }));
    country.value = result.data.countries.includes(chosen) ? chosen : "";
  }

  // ---- wiring ----

  story.addEventListener("input", () => { syncMirror(); scheduleCheck(); });
  for (const control of [formatChoice, languageChoice, country, dateOrder]) control.addEventListener("change", () => scheduleCheck(0));
  published.addEventListener("change", () => {
    state.publishedMode = published.value ? "manual" : "auto";
    scheduleCheck(0);
  });
  publishedReset.addEventListener("click", () => {
    state.publishedMode = "auto";
    published.focus();
    scheduleCheck(0);
  });
  $("file").addEventListener("change", (event) => { if (event.target.files.length) openFile(event.target.files[0]); });
  $("copy").addEventListener("click", copy);
  $("download").addEventListener("click", download);
  $("token-box").addEventListener("submit", (event) => {
    event.preventDefault();
    state.token = $("token").value.trim();
    sessionStorage.setItem("datecheck-token", state.token);
    $("token-box").hidden = true;
    loadSettings();
    scheduleCheck(0);
  });
  window.addEventListener("resize", () => syncMirror());
  $("no-highlights").hidden = canHighlight;

  syncMirror();
  loadSettings();
  runCheck();
})();
