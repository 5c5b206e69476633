// Chronicle's page: plain JavaScript over the JSON API. Every piece of text from the corpus reaches
// the document through textContent or attribute setters, never through an HTML parser, so article text is
// always shown as text, whatever it contains.
"use strict";

(() => {
  const DAY = 86400000;
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const PALETTE = ["#2f5bd3", "#e07a2f", "#2b8a57", "#9b3dbd", "#c0392b", "#138a9e", "#b7791f", "#5b6b8c", "#d1497b", "#4a7c1f", "#7048e8", "#0b7285"];
  const ZOOM_MIN = 0.004;
  const ZOOM_MAX = 120;
  const LANE_LIMIT = 12;
  const PAGE_LIMIT = 2000;
  const UNDATED_PREVIEW = 12;
  const SEARCH_OPEN = "\uE000";
  const SEARCH_CLOSE = "\uE001";

  const state = {
    filter: { entity: "", type: "", status: "", from: "", to: "", minSources: "" },
    lanes: "type",
    scale: null,
    timeline: null,
    entities: null,
    articleCache: new Map(),
    ontology: null,
    route: "",
  };

  const main = document.getElementById("main");

  // ---------- DOM helpers ----------

  /** Creates an element; attributes are set as properties or attributes, children as text nodes or elements. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "style") for (const [p, v] of Object.entries(value)) node.style.setProperty(p, v);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (key === "text") node.textContent = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) { node.replaceChildren(); return node; }

  function colorFor(key) {
    let h = 0;
    for (const c of String(key)) h = (h * 31 + c.charCodeAt(0)) >>> 0;
    return PALETTE[h % PALETTE.length];
  }

  function initials(name) {
    const words = String(name).split(/\s+/).filter(Boolean);
    return ((words[0] || "?")[0] + (words.length > 1 ? words[words.length - 1][0] : "")).toUpperCase();
  }

  function toast(message) {
    const t = document.getElementById("toast");
    t.textContent = message;
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { t.hidden = true; }, 4000);
  }

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error((body && body.error) || `${response.status} ${response.statusText}`);
    return body;
  }

  // ---------- Dates ----------

  function parseDay(iso) {
    if (!iso) return null;
    const [y, m, d] = iso.split("-").map(Number);
    return Date.UTC(y, (m || 1) - 1, d || 1);
  }

  function fmtDay(iso) {
    if (!iso) return "";
    const [y, m, d] = iso.split("-").map(Number);
    return `${d} ${MONTHS[m - 1]} ${y}`;
  }

  function fmtMonth(iso) {
    const [y, m] = iso.split("-").map(Number);
    return `${MONTHS[m - 1]} ${y}`;
  }

  /** The date as precise as the sources know it: a day, a month, a quarter, a year, a range, or undated. */
  function dateLabel(e) {
    const a = e.earliest, b = e.latest;
    if (!a && !b) return "Undated";
    const y = (a || b).slice(0, 4);
    switch (e.granularity) {
      case "day": case "time": return fmtDay(a);
      case "week": return `Week of ${fmtDay(a)}`;
      case "month": return fmtMonth(a);
      case "quarter": return `Q${Math.floor((Number(a.slice(5, 7)) - 1) / 3) + 1} ${y}`;
      case "season": return `${MONTHS[Number(a.slice(5, 7)) - 1]}–${MONTHS[Number(b.slice(5, 7)) - 1]} ${y}`;
      case "year": return y;
      case "decade": return `${y.slice(0, 3)}0s`;
      default:
        if (a && b && a !== b) return `${fmtDay(a)} – ${fmtDay(b)}`;
        if (a && !b) return `After ${fmtDay(a)}`;
        if (!a && b) return `Before ${fmtDay(b)}`;
        return `≈ ${fmtDay(a)}`;
    }
  }

  function granularityLabel(e) {
    if (!e.earliest && !e.latest) return "no date in the sources";
    if (e.granularity === "unknown") return isInferred(e) ? "inferred date" : "range";
    return e.granularity === "time" ? "day (with time)" : e.granularity;
  }

  /** A point is a day; anything wider is drawn as a range. */
  function isPoint(e) { return e.earliest && e.latest && e.earliest === e.latest; }

  /** The text gives no date of its own: it was taken from the article's date, or every source's date was itself inferred. */
  function isInferred(e) {
    if (!e.earliest && !e.latest) return false;
    if (e.granularity === "unknown") return true;
    const docs = state.timeline ? state.timeline.documentsById : null;
    if (!docs) return false;
    return e.sources.length > 0 && e.sources.every(s => docs.get(s.document) && docs.get(s.document).publishedEvidence !== "explicit");
  }

  function isUncertain(e) { return e.status === "uncertain"; }

  // ---------- Filters and data ----------

  function filterQuery(extra) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(state.filter)) if (v) params.set(k, v);
    for (const [k, v] of Object.entries(extra || {})) if (v) params.set(k, v);
    const s = params.toString();
    return s ? "?" + s : "";
  }

  async function loadTimeline() {
    // A page of many thousand entries helps no one: the most salient PAGE_LIMIT are drawn (exports keep all).
    const data = await api("/api/timeline" + filterQuery({ limit: String(PAGE_LIMIT) }));
    data.documentsById = new Map(data.documents.map(d => [d.id, d]));
    data.entitiesById = new Map(data.entities.map(e => [e.id, e]));
    data.conflicted = new Set(data.conflicts.flatMap(c => c.events));
    state.timeline = data;
    updateExportLinks();
    return data;
  }

  async function loadEntities(force) {
    if (!state.entities || force) state.entities = await api("/api/entities");
    return state.entities;
  }

  function updateExportLinks() {
    for (const a of document.querySelectorAll("[data-export]")) {
      a.href = `/api/timeline/export/${a.dataset.export}${filterQuery()}`;
    }
  }

  /** The event types of the ontology by name, fetched once: codes, and the family fusion merges within. */
  function ontology() {
    if (!state.ontology) state.ontology = api("/api/ontology").then(types => new Map(types.map(t => [t.type, t])));
    return state.ontology;
  }

  /** A code of the event or the ontology; the ontology writes "-" where it maps none. */
  function code(value) { return value && value.trim() !== "-" ? value.trim() : null; }

  async function article(id) {
    if (!state.articleCache.has(id)) state.articleCache.set(id, api(`/api/articles/${encodeURIComponent(id)}`));
    return state.articleCache.get(id);
  }

  // ---------- Router ----------

  function setTab(name) {
    for (const a of document.querySelectorAll(".tabs a")) {
      if (a.dataset.tab === name) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
    }
  }

  function parseHash() {
    const raw = location.hash.replace(/^#\/?/, "");
    const [path, query] = raw.split("?");
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    return { parts, params: new URLSearchParams(query || "") };
  }

  async function route() {
    const { parts, params } = parseHash();
    const [view, id] = parts;
    const token = Symbol("route");
    state.route = token;
    clear(main).append(el("p", { class: "loading", text: "Loading…" }));
    try {
      let content;
      if (!view) { setTab("timeline"); content = await timelineView(params); }
      else if (view === "event" && id) { setTab("timeline"); content = await eventView(id); }
      else if (view === "entity" && id) { setTab("entities"); content = await entityView(id); }
      else if (view === "entities") { setTab("entities"); content = await entitiesView(params); }
      else if (view === "article" && id) { setTab("articles"); content = await articleView(id, params); }
      else if (view === "articles") { setTab("articles"); content = await articlesView(); }
      else if (view === "conflicts") { setTab("conflicts"); content = await conflictsView(); }
      else if (view === "search") { setTab(""); content = await searchView(params.get("q") || ""); }
      else content = el("p", { class: "empty", text: "There is no such page." });
      if (state.route !== token) return;
      clear(main).append(content);
      const focusTarget = main.querySelector("[data-autofocus]");
      if (focusTarget) focusTarget.scrollIntoView({ block: "center" });
    } catch (error) {
      if (state.route !== token) return;
      clear(main).append(el("div", { class: "error-box", role: "alert", text: error.message }));
    }
  }

  // ---------- Timeline view ----------

  async function timelineView() {
    const [timeline, entities] = await Promise.all([loadTimeline(), loadEntities()]);
    const root = el("div", {});
    root.append(filterPanel(entities));
    const chartPanel = el("section", { class: "panel", "aria-label": "Timeline chart" });
    const listPanel = el("section", { class: "panel", "aria-label": "Events" });
    root.append(chartPanel, listPanel);
    renderChart(chartPanel, timeline);
    renderEventList(listPanel, timeline);
    return root;
  }

  function filterPanel(entities) {
    const types = [...new Set((state.timeline.events || []).map(e => e.type).concat(state.filter.type ? [state.filter.type] : []))].sort();
    const form = el("form", { class: "filters", id: "filters" });
    const field = (label, input) => el("label", { class: "field" }, label, input);
    const entityInput = el("input", { name: "entity", list: "entity-names", value: state.filter.entity, placeholder: "Any name or alias", autocomplete: "off" });
    const datalist = el("datalist", { id: "entity-names" }, entities.slice(0, 400).map(e => el("option", { value: e.name })));
    const typeSelect = el("select", { name: "type" }, el("option", { value: "", text: "All types" }), types.map(t => el("option", { value: t, text: t.replaceAll("_", " ").toLowerCase(), selected: t === state.filter.type })));
    const statuses = ["occurred", "planned", "uncertain", "failed", "negated"];
    const statusSelect = el("select", { name: "status" }, el("option", { value: "", text: "Any status" }), statuses.map(s => el("option", { value: s, text: s, selected: s === state.filter.status })));
    const lanes = el("select", { name: "lanes" }, [["type", "Event type"], ["entity", "Entity"], ["none", "One lane"]].map(([v, t]) => el("option", { value: v, text: t, selected: v === state.lanes })));
    append(form, [
      field("Entity", entityInput), datalist,
      field("Type", typeSelect),
      field("Status", statusSelect),
      field("From", el("input", { type: "date", name: "from", value: state.filter.from })),
      field("To", el("input", { type: "date", name: "to", value: state.filter.to })),
      field("Min. sources", el("input", { type: "number", name: "minSources", min: 1, max: 50, value: state.filter.minSources, placeholder: "1" })),
      field("Lanes by", lanes),
      el("div", { class: "filters-actions" },
        el("button", { type: "submit", class: "btn btn-accent", text: "Apply" }),
        el("button", { type: "button", class: "btn", text: "Reset", onclick: () => { state.filter = { entity: "", type: "", status: "", from: "", to: "", minSources: "" }; state.scale = null; route(); } })),
    ]);
    form.addEventListener("submit", event => {
      event.preventDefault();
      const data = new FormData(form);
      for (const key of Object.keys(state.filter)) state.filter[key] = String(data.get(key) || "").trim();
      state.lanes = String(data.get("lanes") || "type");
      state.scale = null;
      route();
    });
    // Changing lanes applies the whole form, so a name typed but not yet applied is kept.
    lanes.addEventListener("change", () => form.requestSubmit());
    const t = state.timeline;
    const stats = el("div", { class: "stats" },
      el("span", {}, el("b", { text: t.events.length }), " events"),
      el("span", {}, el("b", { text: t.documents.length }), " articles"),
      el("span", {}, el("b", { text: t.entities.length }), " entities"),
      el("span", {}, el("b", { text: t.conflicts.length }), " conflicts"));
    const box = el("details", { class: "filters-box", open: window.innerWidth > 760 }, el("summary", { text: "Filters" }), form);
    return el("section", { class: "panel", "aria-label": "Filters" },
      el("div", { class: "panel-title" }, el("h1", { text: state.filter.entity ? `Timeline: ${state.filter.entity}` : "Timeline" }), stats),
      box);
  }

  function laneKeys(e, mode, top) {
    if (mode === "type") return [e.type];
    if (mode === "entity") {
      const ids = [...new Set(e.actors.concat(e.targets))].filter(id => top.has(id));
      return ids.length ? ids : ["~other"];
    }
    return ["all"];
  }

  function renderChart(panel, timeline) {
    const dated = timeline.events.filter(e => e.earliest || e.latest);
    const undated = timeline.events.filter(e => !e.earliest && !e.latest);
    const head = el("div", { class: "chart-head" });
    panel.append(head);
    if (dated.length === 0) {
      panel.append(el("p", { class: "empty", text: timeline.events.length ? "None of these events has a date." : "No events match. Upload articles or loosen the filters." }));
      panel.append(undatedStrip(undated, timeline));
      return;
    }
    const starts = dated.map(e => parseDay(e.earliest || e.latest));
    const ends = dated.map(e => parseDay(e.latest || e.earliest) + DAY);
    const span = Math.max(...ends) - Math.min(...starts);
    const min = Math.min(...starts) - Math.max(span * 0.03, 15 * DAY);
    const max = Math.max(...ends) + Math.max(span * 0.03, 15 * DAY);
    const chart = el("div", { class: "chart", tabindex: 0, "aria-label": "Timeline chart: use + and - to zoom, arrow keys to scroll" });
    const fit = () => Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, ((chart.clientWidth || 900) - 24) / ((max - min) / DAY)));

    const level = el("span", { class: "zoom-level", "aria-live": "polite" });
    const zoomBy = (factor, anchorX) => {
      const old = state.scale;
      state.scale = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, old * factor));
      const x = anchorX === undefined ? chart.clientWidth / 2 : anchorX;
      const dayAt = (chart.scrollLeft + x) / old;
      draw();
      chart.scrollLeft = dayAt * state.scale - x;
    };
    append(head, [
      el("div", { class: "zoom", role: "group", "aria-label": "Zoom" },
        el("button", { class: "btn btn-small", type: "button", "aria-label": "Zoom out", text: "−", onclick: () => zoomBy(0.5) }),
        level,
        el("button", { class: "btn btn-small", type: "button", "aria-label": "Zoom in", text: "+", onclick: () => zoomBy(2) }),
        el("button", { class: "btn btn-small", type: "button", text: "Fit", onclick: () => { state.scale = fit(); draw(); chart.scrollLeft = 0; } })),
      el("div", { class: "legend", "aria-label": "Legend" },
        el("span", {}, el("i", { class: "key point" }), "day"),
        el("span", {}, el("i", { class: "key range" }), "month, year or range"),
        el("span", {}, el("i", { class: "key uncertain" }), "uncertain"),
        el("span", {}, el("i", { class: "key inferred" }), "inferred date"),
        el("span", {}, "⚑ sources disagree")),
    ]);
    panel.append(chart, undatedStrip(undated, timeline));

    const counts = new Map();
    for (const e of dated) for (const id of new Set(e.actors.concat(e.targets))) counts.set(id, (counts.get(id) || 0) + 1);
    const top = new Set([...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, LANE_LIMIT).map(([id]) => id));

    function draw() {
      // The fitting scale needs the chart's width, known only once it is on the page.
      if (!chart.isConnected) { requestAnimationFrame(draw); return; }
      if (state.scale === null) state.scale = fit();
      const scale = state.scale;
      const x = t => ((t - min) / DAY) * scale;
      const width = Math.max(x(max), chart.clientWidth || 0);
      const canvas = el("div", { class: "chart-canvas", style: { width: `${width}px` } });
      const axis = el("div", { class: "axis", style: { width: `${width}px` } });
      const ticks = tickSet(min, max, scale);
      level.textContent = ticks.name;
      for (const t of ticks.major) axis.append(el("div", { class: "tick", style: { left: `${x(t.time)}px` }, text: t.label }));
      for (const t of ticks.minor) axis.append(el("div", { class: "tick minor", style: { left: `${x(t.time)}px` }, text: t.label }));
      canvas.append(axis);
      for (const t of ticks.major) canvas.append(el("div", { class: "gridline", style: { left: `${x(t.time)}px` } }));

      ranges.length = 0;
      const lanes = new Map();
      for (const e of dated) for (const key of laneKeys(e, state.lanes, top)) {
        if (!lanes.has(key)) lanes.set(key, []);
        lanes.get(key).push(e);
      }
      const laneOrder = [...lanes.keys()].sort((a, b) => (a === "~other") - (b === "~other") || lanes.get(b).length - lanes.get(a).length || (a < b ? -1 : 1));
      for (const key of laneOrder) {
        const name = state.lanes === "entity" ? (key === "~other" ? "Others" : (timeline.entitiesById.get(key) || { name: key }).name)
          : state.lanes === "type" ? key.replaceAll("_", " ").toLowerCase() : "All events";
        const lane = el("div", { class: "lane", role: "group", "aria-label": `Lane ${name}` }, el("span", { class: "lane-label", title: name, text: name }));
        const rows = [];
        const items = lanes.get(key).slice().sort((a, b) => parseDay(a.earliest || a.latest) - parseDay(b.earliest || b.latest));
        for (const e of items) {
          const start = x(parseDay(e.earliest || e.latest));
          const point = isPoint(e);
          const markWidth = point ? 14 : Math.max(14, x(parseDay(e.latest || e.earliest) + DAY) - start);
          const label = shortLabel(e, timeline);
          const extent = markWidth + 10 + Math.min(220, label.length * 6.4 + 14);
          let row = rows.findIndex(end => end <= start);
          if (row < 0) { row = rows.length; rows.push(0); }
          rows[row] = start + extent + 6;
          const classes = ["item", point ? "point" : "range"];
          if (isUncertain(e)) classes.push("uncertain");
          if (isInferred(e)) classes.push("inferred");
          if (timeline.conflicted.has(e.id)) classes.push("conflict");
          if (e.status === "negated" || e.status === "failed") classes.push(e.status);
          const color = colorFor(state.lanes === "entity" ? key : e.type);
          const labelNode = el("span", { class: "label", text: label });
          const item = el("a", {
            class: classes.join(" "), href: `#/event/${encodeURIComponent(e.id)}`, "data-event": e.id,
            style: { left: `${start - (point ? 7 : 0)}px`, top: `${34 + row * 28}px`, "--c": color },
            title: `${dateLabel(e)} · ${typeName(e)} · ${e.status}\n${e.summary}`,
            "aria-label": `${dateLabel(e)}, ${typeName(e)}, ${e.status}${isInferred(e) ? ", inferred date" : ""}: ${e.summary}`,
          }, el("span", { class: "mark", style: { width: `${markWidth}px` } }), labelNode);
          lane.append(item);
          if (!point) ranges.push({ item, label: labelNode, start, end: start + markWidth });
        }
        lane.style.height = `${40 + Math.max(1, rows.length) * 28}px`;
        canvas.append(lane);
      }
      clear(chart).append(canvas);
      placeLabels();
    }

    // A range's label normally follows its bar; zoomed in, the bar's end (and so the label) can lie
    // beyond the visible part of the chart. Such a label moves onto the visible part of its bar,
    // never past its usual place, so it stays inside the space its row keeps for it.
    const ranges = [];
    function placeLabels() {
      const left = chart.scrollLeft, right = chart.scrollLeft + chart.clientWidth;
      // Widths are read once, all before any write, so the page is laid out once, not once per label.
      for (const r of ranges) if (r.width === undefined) r.width = r.label.offsetWidth;
      for (const r of ranges) {
        const usual = r.end + 4;
        const visible = r.end > left && r.start < right;
        const shown = usual >= left && usual + r.width <= right;
        const at = Math.min(Math.max(r.start, left) + 6, usual);
        // Moved only where that shows more of the label: a short bar near the edge keeps it after its end.
        const gain = (Math.min(r.end, right) - at) - (right - usual);
        if (!visible || shown || gain < 24) {
          r.item.classList.remove("label-inside");
          r.label.style.removeProperty("left");
          r.label.style.removeProperty("max-width");
        } else {
          r.item.classList.add("label-inside");
          r.label.style.setProperty("left", `${at - r.start}px`);
          r.label.style.setProperty("max-width", `${Math.max(80, Math.min(220, right - at - 6))}px`);
        }
      }
    }
    let placing = false;
    chart.addEventListener("scroll", () => {
      if (placing) return;
      placing = true;
      requestAnimationFrame(() => { placing = false; placeLabels(); });
    }, { passive: true });

    chart.addEventListener("wheel", event => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      zoomBy(event.deltaY < 0 ? 1.25 : 0.8, event.clientX - chart.getBoundingClientRect().left);
    }, { passive: false });
    chart.addEventListener("keydown", event => {
      if (event.target !== chart) return;
      if (event.key === "+" || event.key === "=") { zoomBy(2); event.preventDefault(); }
      else if (event.key === "-" || event.key === "_") { zoomBy(0.5); event.preventDefault(); }
    });
    requestAnimationFrame(draw);
  }

  function typeName(e) { return e.type.replaceAll("_", " ").toLowerCase(); }

  /** A few words for a chart item: who, and the word the sources used ("Boeing · grounded"), else the type. */
  function shortLabel(e, timeline) {
    const who = e.actors[0] || e.targets[0];
    const name = who && timeline.entitiesById.get(who) ? timeline.entitiesById.get(who).name : "";
    const trigger = e.sources.length ? e.sources[0].trigger : "";
    const text = [name, trigger || typeName(e)].filter(Boolean).join(" · ");
    return text.length > 34 ? text.slice(0, 33) + "…" : text;
  }

  /**
   * The events the sources give no date for, which have no place on the time axis: a strip under the
   * chart, with the first few as chips and the rest a click away, so the chart never hides them.
   */
  function undatedStrip(undated, timeline) {
    if (undated.length === 0) return null;
    const items = el("div", { class: "undated-items", id: "undated-items" });
    const chip = e => {
      const classes = ["undated-item"];
      if (timeline.conflicted.has(e.id)) classes.push("conflict");
      if (e.status === "negated" || e.status === "failed") classes.push(e.status);
      return el("a", {
        class: classes.join(" "), href: `#/event/${encodeURIComponent(e.id)}`, "data-event": e.id,
        style: { "--c": colorFor(state.lanes === "entity" ? ((e.actors[0] || e.targets[0]) || "~other") : e.type) },
        title: `Undated · ${typeName(e)} · ${e.status}\n${e.summary}`,
        "aria-label": `Undated, ${typeName(e)}, ${e.status}: ${e.summary}`,
      }, el("span", { class: "mark" }), el("span", { class: "label", text: shortLabel(e, timeline) }));
    };
    const show = all => {
      clear(items).append(...(all ? undated : undated.slice(0, UNDATED_PREVIEW)).map(chip));
      if (undated.length > UNDATED_PREVIEW) {
        items.append(el("button", {
          type: "button", class: "btn btn-small undated-more", "aria-controls": "undated-items", "aria-expanded": all ? "true" : "false",
          text: all ? "Show fewer" : `Show all ${undated.length}`, onclick: () => show(!all),
        }));
      }
    };
    show(false);
    return el("div", { class: "undated", role: "group", "aria-label": `Undated events: ${undated.length}` },
      el("div", { class: "undated-head" },
        el("span", { class: "undated-title", text: `Undated · ${undated.length} event${undated.length === 1 ? "" : "s"}` }),
        el("span", { class: "muted small", text: "No date in their sources, so not on the time axis; listed last below." })),
      items);
  }

  /**
   * Axis ticks for the zoom: decades, years, months, weeks or days, whichever is readable at this
   * scale; minor ticks are labelled only where their labels fit between them.
   */
  function tickSet(min, max, scale) {
    const start = new Date(min), end = new Date(max);
    const major = [], minor = [];
    const y0 = start.getUTCFullYear(), y1 = end.getUTCFullYear() + 1;
    const yearPx = scale * 365.25, monthPx = scale * 30.44, weekPx = scale * 7;
    // Minor years get a short "’16" where a full year would not fit between two ticks.
    const years = (step, into, labelled, short) => {
      for (let y = Math.floor(y0 / step) * step; y <= y1; y += step) into.push({ time: Date.UTC(y, 0, 1), label: !labelled ? "" : short ? "’" + String(y).slice(2) : String(y) });
    };
    const months = (step, into, labelled) => {
      for (let y = y0; y <= y1; y++) for (let m = 0; m < 12; m += step) {
        const time = Date.UTC(y, m, 1);
        if (time >= min - 31 * DAY && time <= max) into.push({ time, label: !labelled ? "" : m === 0 ? `${MONTHS[m]} ${y}` : MONTHS[m] });
      }
    };
    const days = (weekly, into, labelled) => {
      for (let t = Date.UTC(y0, start.getUTCMonth(), start.getUTCDate()); t <= max; t += DAY) {
        const d = new Date(t);
        if (!weekly || d.getUTCDay() === 1) into.push({ time: t, label: !labelled ? "" : weekly ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` : String(d.getUTCDate()) });
      }
    };
    let name;
    if (yearPx < 60) { name = "Decades"; years(10, major, true); years(1, minor, yearPx >= 18, yearPx < 34); }
    else if (yearPx < 480) { name = "Years"; years(1, major, true); if (yearPx >= 120) months(3, minor, yearPx >= 160); }
    else if (monthPx < 220) { name = "Months"; months(1, major, true); if (weekPx >= 12) days(true, minor, weekPx >= 48); }
    else if (scale < 40) { name = "Weeks"; months(1, major, true); days(true, minor, true); }
    else { name = "Days"; months(1, major, true); days(false, minor, true); }
    const majors = new Set(major.map(t => t.time));
    return { name, major: major.filter(t => t.time >= min - 3660 * DAY && t.time <= max), minor: minor.filter(m => !majors.has(m.time)) };
  }

  function eventCard(e, timeline) {
    const conflicted = timeline && timeline.conflicted && timeline.conflicted.has(e.id);
    const inferred = isInferred(e);
    return el("li", {},
      el("a", { class: "event-card", href: `#/event/${encodeURIComponent(e.id)}`, "data-event": e.id },
        el("div", { class: "event-date" }, dateLabel(e), el("span", { class: "gran", text: granularityLabel(e) })),
        el("div", {},
          el("div", { class: "event-summary", text: e.summary }),
          el("div", { class: "event-meta" },
            el("span", { class: "chip type", style: { "--c": colorFor(e.type) }, text: e.type.replaceAll("_", " ").toLowerCase() }),
            el("span", { class: `chip status-${e.status}`, text: e.status }),
            el("span", { class: "chip", text: `${e.independentSources} source${e.independentSources === 1 ? "" : "s"}` }),
            inferred && el("span", { class: "chip inferred", text: "inferred date" }),
            conflicted && el("span", { class: "chip flag", text: "⚑ sources disagree" })))));
  }

  function renderEventList(panel, timeline) {
    const note = timeline.events.length >= PAGE_LIMIT
      ? `The ${PAGE_LIMIT} most salient events, in date order; narrow the filters to see others.`
      : "In date order; undated events last.";
    panel.append(el("div", { class: "panel-title" }, el("h2", { text: "Events" }), el("span", { class: "muted small", text: note })));
    if (timeline.events.length === 0) {
      panel.append(el("p", { class: "empty", text: "No events match these filters." }));
      return;
    }
    const list = el("ul", { class: "event-list", id: "event-list" });
    let group = null;
    for (const e of timeline.events) {
      const g = e.earliest || e.latest ? (e.earliest || e.latest).slice(0, 4) : "Undated";
      if (g !== group) { group = g; list.append(el("li", { class: "event-group", role: "presentation", text: g })); }
      list.append(eventCard(e, timeline));
    }
    panel.append(list);
  }

  // ---------- Event view ----------

  async function eventView(id) {
    const [page, types] = await Promise.all([api(`/api/events/${encodeURIComponent(id)}`), ontology()]);
    if (!state.timeline) await loadTimeline();
    const e = page.event;
    const kind = types.get(e.type) || { type: e.type, cameo: code(e.cameo), plover: code(e.plover), family: null };
    const docs = new Map(page.documents.map(d => [d.id, d]));
    const people = new Map(page.participants.map(p => [p.id, p]));
    const person = (pid, role) => {
      const p = people.get(pid);
      if (!p) return el("span", { class: "person" }, el("span", { class: "avatar", text: "?" }), pid);
      return el("a", { class: "person", href: `#/entity/${encodeURIComponent(p.id)}`, "data-entity": p.id },
        el("span", { class: "avatar", style: { "--c": colorFor(p.id) }, text: initials(p.name) }), p.name, el("span", { class: "role-tag", text: role }));
    };
    const participants = [...e.actors.map(a => person(a, "actor")), ...e.targets.map(t => person(t, "target")), e.location ? person(e.location, "place") : null].filter(Boolean);
    const inferred = isInferred(e);
    const head = el("section", { class: "panel event-head" },
      el("div", { class: "crumbs" }, el("a", { href: "#/", text: "Timeline" }), " / ", `Event ${e.id}`),
      el("h1", { class: "event-title", text: e.summary }),
      el("div", { class: "event-meta" },
        el("span", { class: "chip type", style: { "--c": colorFor(e.type) }, text: e.type.replaceAll("_", " ").toLowerCase() }),
        el("span", { class: `chip status-${e.status}`, text: e.status }),
        inferred && el("span", { class: "chip inferred", text: "inferred date" }),
        page.conflicts.length > 0 && el("span", { class: "chip flag", text: "⚑ sources disagree" })),
      el("dl", { class: "facts" },
        fact("Date", dateLabel(e)),
        fact("Precision", granularityLabel(e)),
        fact("Window", !e.earliest && !e.latest ? "unknown" : e.earliest === e.latest ? "that day" : `${e.earliest ? fmtDay(e.earliest) : "…"} → ${e.latest ? fmtDay(e.latest) : "…"}`),
        fact("Independent sources", String(e.independentSources)),
        fact("Salience", e.salience),
        fact("CAMEO", kind.cameo || "not mapped", !kind.cameo),
        fact("PLOVER", kind.plover || "not mapped", !kind.plover),
        kind.family && fact("Type family", kind.family.replaceAll("_", " ").toLowerCase())),
      participants.length ? el("div", {}, el("h3", { text: "Participants" }), el("div", { class: "people" }, participants)) : el("p", { class: "muted", text: "The sources name no participants." }),
      page.conflicts.map(c => el("div", { class: "conflict-box", role: "note" },
        el("strong", { text: `Conflict (${c.kind}): ` }), c.description, " ",
        c.events.filter(v => v !== e.id).map(v => el("a", { href: `#/event/${encodeURIComponent(v)}`, text: ` see ${v}` })))));
    const sources = el("section", { class: "panel", "aria-label": "Sources" },
      el("div", { class: "panel-title" }, el("h2", { id: "sources-title", text: "Sources" }), el("span", { class: "muted small", text: "Each sentence that reports this event, highlighted in its article." })));
    const sentences = [];
    for (const s of e.sources) {
      const same = sentences.find(x => x.document === s.document && x.start === s.start && x.end === s.end);
      if (same) { if (s.trigger && !same.triggers.includes(s.trigger)) same.triggers.push(s.trigger); }
      else sentences.push({ ...s, triggers: s.trigger ? [s.trigger] : [] });
    }
    const articles = await Promise.all(sentences.map(s => docs.get(s.document) ? article(docs.get(s.document).articleId).catch(() => null) : null));
    sentences.forEach((s, i) => sources.append(sourceBlock(s, docs.get(s.document), articles[i])));
    sources.querySelector("#sources-title").textContent = `Sources: ${sentences.length} sentence${sentences.length === 1 ? "" : "s"} in ${new Set(sentences.map(s => s.document)).size} article${new Set(sentences.map(s => s.document)).size === 1 ? "" : "s"}`;
    return el("div", {}, head, sources);
  }

  /** One term of a fact list; `none` greys a value that says a thing is absent (a code the ontology does not map). */
  function fact(term, value, none) { return el("div", { class: "fact" }, el("dt", { text: term }), el("dd", { class: none ? "none" : null, text: value })); }

  function sourceBlock(s, doc, art) {
    const title = doc ? doc.title || doc.path : s.document;
    const head = el("div", { class: "source-head" },
      doc ? el("a", { class: "source-title", href: `#/article/${encodeURIComponent(doc.articleId)}?s=${s.start}-${s.end}`, text: title }) : el("span", { class: "source-title", text: title }),
      doc && el("span", { class: "muted small", text: [doc.outlet, doc.published ? `${fmtDay(doc.published)}${doc.publishedEvidence !== "explicit" ? ` (${doc.publishedEvidence})` : ""}` : "undated"].filter(Boolean).join(" · ") }),
      s.speaker && el("span", { class: "chip", text: `said by ${s.speaker}` }));
    const excerpt = el("blockquote", { class: "excerpt" });
    if (art && art.text.slice(s.start, s.end).length > 0) {
      const text = art.text;
      const before = text.lastIndexOf("\n\n", s.start);
      const after = text.indexOf("\n\n", s.end);
      const from = Math.max(before < 0 ? 0 : before + 2, s.start - 600);
      const to = Math.min(after < 0 ? text.length : after, s.end + 600);
      if (from > 0) excerpt.append(el("span", { class: "gap", text: "… " }));
      excerpt.append(text.slice(from, s.start));
      const mark = el("mark", { class: "source-hl" });
      const sentence = text.slice(s.start, s.end);
      const triggers = s.triggers.map(w => ({ start: sentence.indexOf(w), end: sentence.indexOf(w) + w.length, kind: "trigger" })).filter(x => x.start >= 0);
      renderSpan(mark, sentence, 0, sentence.length, triggers, null);
      for (const node of mark.querySelectorAll(".hl-trigger")) node.className = "trigger";
      excerpt.append(mark, text.slice(s.end, to));
      if (to < text.length) excerpt.append(el("span", { class: "gap", text: " …" }));
    } else {
      excerpt.append(el("mark", { class: "source-hl", text: s.sentence }));
    }
    return el("article", { class: "source" }, head, excerpt);
  }

  // ---------- Entity views ----------

  async function entityView(id) {
    const page = await api(`/api/entities/${encodeURIComponent(id)}`);
    if (!state.timeline) await loadTimeline();
    const e = page.entity;
    const docs = new Map(page.documents.map(d => [d.id, d]));
    const roles = e.roleHistory.slice().sort((a, b) => String(a.date).localeCompare(String(b.date)));
    const head = el("section", { class: "panel" },
      el("div", { class: "crumbs" }, el("a", { href: "#/entities", text: "Entities" }), " / ", e.name),
      el("div", { style: { display: "flex", gap: ".8rem", "align-items": "center" } },
        el("span", { class: "avatar", style: { width: "44px", height: "44px", "font-size": "1rem", "--c": colorFor(e.id) }, text: initials(e.name) }),
        el("div", {}, el("h1", { text: e.name }), el("span", { class: "chip", text: e.type }))),
      el("dl", { class: "facts" },
        fact("Mentions", String(e.mentions)),
        fact("Articles", String(e.documents.length)),
        fact("First seen", e.firstSeen ? fmtDay(e.firstSeen) : "unknown"),
        fact("Last seen", e.lastSeen ? fmtDay(e.lastSeen) : "unknown")),
      el("h3", { style: { "margin-top": "1rem" }, text: "Also known as" }),
      e.aliases.length ? el("div", { class: "aliases" }, e.aliases.map(a => el("span", { class: "chip", text: a }))) : el("p", { class: "muted", text: "No other names in the corpus." }),
      el("h3", { style: { "margin-top": "1rem" }, text: "Roles over time" }),
      roles.length ? el("ul", { class: "roles" }, roles.map(r => el("li", {},
        el("b", { text: r.role }), " ",
        el("span", { class: "muted small", text: r.date ? fmtDay(r.date) : "undated" }), " ",
        docs.get(r.document) ? el("a", { class: "small", href: `#/article/${encodeURIComponent(docs.get(r.document).articleId)}`, text: docs.get(r.document).title || r.document }) : null)))
        : el("p", { class: "muted", text: "No role or title given in the articles." }),
      el("p", {}, el("a", { class: "btn btn-small", href: "#/", onclick: () => { state.filter.entity = e.name; state.scale = null; }, text: "Show on the timeline" })));
    const events = el("section", { class: "panel", "aria-label": "Events" },
      el("h2", { text: `Events (${page.events.length})` }),
      page.events.length ? el("ul", { class: "event-list" }, page.events.map(v => eventCard(v, state.timeline))) : el("p", { class: "empty", text: "Takes part in no timeline event." }));
    return el("div", {}, head, events);
  }

  async function entitiesView(params) {
    const all = await loadEntities(true);
    const q = (params.get("q") || "").toLowerCase();
    const input = el("input", { type: "search", name: "q", value: params.get("q") || "", placeholder: "Filter by name", "aria-label": "Filter entities by name" });
    const grid = el("div", { class: "entity-grid" });
    const render = () => {
      const needle = input.value.trim().toLowerCase();
      const shown = all.filter(e => !needle || e.name.toLowerCase().includes(needle) || e.aliases.some(a => a.toLowerCase().includes(needle)));
      clear(grid).append(...shown.slice(0, 300).map(e => el("a", { class: "entity-card", href: `#/entity/${encodeURIComponent(e.id)}`, "data-entity": e.id },
        el("span", { class: "avatar", style: { "--c": colorFor(e.id) }, text: initials(e.name) }),
        el("span", {}, el("span", { class: "name", text: e.name }), el("br"), el("span", { class: "muted small", text: `${e.type.toLowerCase()} · ${e.events} events · ${e.mentions} mentions` })))));
      if (shown.length === 0) grid.append(el("p", { class: "empty", text: "No entity has that name." }));
    };
    input.addEventListener("input", render);
    input.value = q ? params.get("q") : "";
    render();
    return el("section", { class: "panel" },
      el("div", { class: "panel-title" }, el("h1", { text: "Entities" }), el("label", { class: "field" }, "Filter", input)),
      grid);
  }

  // ---------- Article views ----------

  async function articlesView() {
    const list = await api("/api/articles?limit=1000");
    const rows = list.articles.map(a => el("tr", {},
      el("td", { class: "hide-narrow muted", text: a.document }),
      el("td", {}, el("a", { href: `#/article/${encodeURIComponent(a.id)}`, "data-article": a.id, text: a.title || a.origin })),
      el("td", { class: "hide-narrow", text: a.outlet || "" }),
      el("td", { text: a.published ? fmtDay(a.published) + (a.publishedEvidence !== "explicit" ? ` (${a.publishedEvidence})` : "") : "undated" })));
    return el("section", { class: "panel" },
      el("div", { class: "panel-title" }, el("h1", { text: "Articles" }), el("span", { class: "muted", text: `${list.total} stored` })),
      list.articles.length ? el("table", { class: "table", id: "articles-table" },
        el("thead", {}, el("tr", {}, el("th", { class: "hide-narrow", text: "Doc" }), el("th", { text: "Title" }), el("th", { class: "hide-narrow", text: "Outlet" }), el("th", { text: "Published" }))),
        el("tbody", {}, rows)) : el("p", { class: "empty", text: "No articles yet: upload some." }));
  }

  async function articleView(id, params) {
    const a = await article(id);
    const [hs, he] = (params.get("s") || "").split("-").map(Number);
    const highlight = Number.isFinite(hs) && Number.isFinite(he) && he > hs ? { start: hs, end: he } : null;
    const body = el("div", { class: "article-text", id: "article-text" });
    const annotations = [
      ...a.timexes.map(t => ({ start: t.start, end: t.end, kind: "time", title: `${t.type} ${t.value}` })),
      ...a.entities.map(m => ({ start: m.start, end: m.end, kind: "entity", title: `${m.type}: ${m.name}`, href: m.entity ? `#/entity/${encodeURIComponent(m.entity)}` : null })),
      ...a.events.map(v => ({ start: v.start, end: v.end, kind: "event", title: `${v.type} (${v.status})`, href: v.event ? `#/event/${encodeURIComponent(v.event)}` : null })),
    ].filter(x => x.end > x.start);
    const zones = a.zones.length ? a.zones : [{ kind: "body", start: 0, end: a.text.length }];
    for (const z of zones) {
      const tag = z.kind === "headline" ? "h2" : z.kind === "subheading" ? "h3" : "p";
      body.append(renderSpan(el(tag, { class: `z-${z.kind}` }), a.text, z.start, z.end, annotations, highlight));
    }
    const toggles = el("div", { class: "toggles" }, [["time", "Times", "var(--time)"], ["entity", "Entities", "var(--entity)"], ["event", "Events", "var(--event)"]].map(([k, label, c]) => {
      const box = el("input", { type: "checkbox", checked: true });
      box.addEventListener("change", () => body.classList.toggle(`hide-${k}`, !box.checked));
      return el("label", {}, box, el("span", { class: "swatch", style: { background: c } }), `${label} (${k === "time" ? a.timexes.length : k === "entity" ? a.entities.length : a.events.length})`);
    }));
    const removed = a.removed.length ? el("details", { class: "removed panel" },
      el("summary", { text: `Removed by cleaning (${a.removed.length} line${a.removed.length === 1 ? "" : "s"})` }),
      el("ol", {}, a.removed.map(r => el("li", {}, el("span", { class: "reason", text: r.reason }), el("span", { class: "muted", text: `line ${r.line}: ` }), r.text))))
      : null;
    const meta = [a.outlet, a.author, a.published ? `${fmtDay(a.published)}${a.publishedEvidence !== "explicit" ? ` (${a.publishedEvidence})` : ""}` : "undated"].filter(Boolean).join(" · ");
    return el("div", {},
      el("div", { class: "crumbs" }, el("a", { href: "#/articles", text: "Articles" }), " / ", a.document || a.id),
      el("div", { class: "article-layout" },
        el("article", { class: "panel" },
          el("p", { class: "muted small", text: meta }),
          body),
        el("aside", { class: "article-side" },
          el("section", { class: "panel" }, el("h3", { text: "Highlights" }), toggles),
          el("section", { class: "panel small" }, el("h3", { text: "Source" }),
            a.origins.map(o => el("div", { class: "muted", style: { "overflow-wrap": "anywhere" }, text: o })),
            a.url && el("div", { style: { "overflow-wrap": "anywhere" } }, el("a", { href: safeUrl(a.url), rel: "noopener noreferrer", target: "_blank", text: a.url })),
            a.publishedEvidenceText && el("p", { class: "muted", text: `Date: ${a.publishedEvidenceText}` }),
            el("div", { class: "muted", text: `id ${a.id} · ${a.format}` })),
          removed)));
  }

  /** Only http(s) links leave the page: a stored "javascript:" URL is shown as text, never followed. */
  function safeUrl(url) { return /^https?:\/\//i.test(url) ? url : null; }

  /** Renders text[from, to) with every annotation inside it as nested highlights, cut at each boundary. */
  function renderSpan(container, text, from, to, annotations, highlight) {
    const inside = annotations.filter(x => x.start < to && x.end > from);
    const cuts = new Set([from, to]);
    for (const x of inside) { cuts.add(Math.max(from, x.start)); cuts.add(Math.min(to, x.end)); }
    if (highlight) { if (highlight.start > from && highlight.start < to) cuts.add(highlight.start); if (highlight.end > from && highlight.end < to) cuts.add(highlight.end); }
    const points = [...cuts].sort((p, q) => p - q);
    let markNode = null;
    for (let i = 0; i < points.length - 1; i++) {
      const s = points[i], e = points[i + 1];
      if (e <= s) continue;
      let node = document.createTextNode(text.slice(s, e));
      const active = inside.filter(x => x.start <= s && x.end >= e).sort((p, q) => (q.end - q.start) - (p.end - p.start));
      for (const x of active.reverse()) {
        const wrap = x.href && !active.some(o => o !== x && o.href && (o.end - o.start) < (x.end - x.start))
          ? el("a", { class: `hl-${x.kind}`, href: x.href, title: x.title })
          : el("span", { class: `hl-${x.kind}`, title: x.title });
        wrap.append(node);
        node = wrap;
      }
      if (highlight && s >= highlight.start && e <= highlight.end) {
        if (!markNode) { markNode = el("mark", { class: "source-hl", "data-autofocus": true }); container.append(markNode); }
        markNode.append(node);
      } else {
        markNode = null;
        container.append(node);
      }
    }
    return container;
  }

  // ---------- Conflicts and search ----------

  // A page of conflicts at a time: a large store has tens of thousands, each shown with its events.
  const conflictsPage = 50;

  async function conflictsView() {
    const first = await api(`/api/conflicts?limit=${conflictsPage}`);
    if (!state.timeline) await loadTimeline();
    const list = el("ul", { class: "results", id: "conflict-list" });
    const shown = el("span", { class: "muted" });
    const more = el("button", { type: "button", class: "btn btn-small", id: "conflicts-more", text: "Show more" });
    let offset = 0;
    const add = page => {
      list.append(...page.conflicts.map(c => el("li", {},
        el("div", {}, el("span", { class: "chip flag", text: c.conflict.kind }), " ", c.conflict.description),
        el("ul", { class: "event-list" }, c.events.map(v => eventCard(v, state.timeline))))));
      offset += page.conflicts.length;
      shown.textContent = `${offset} of ${page.total} shown. Where sources disagree on a date, a count or who acted.`;
      more.style.display = offset >= page.total ? "none" : "";
    };
    more.addEventListener("click", async () => {
      more.disabled = true;
      try { add(await api(`/api/conflicts?offset=${offset}&limit=${conflictsPage}`)); } finally { more.disabled = false; }
    });
    add(first);
    return el("section", { class: "panel" },
      el("div", { class: "panel-title" }, el("h1", { text: "Conflicts" }), shown),
      first.total ? [list, more] : el("p", { class: "empty", text: "The sources agree: no conflicts found." }));
  }

  async function searchView(q) {
    document.getElementById("search-input").value = q;
    if (!q.trim()) return el("p", { class: "empty", text: "Type words to search for in the search box." });
    const result = await api(`/api/search?q=${encodeURIComponent(q)}&limit=100`);
    return el("section", { class: "panel" },
      el("div", { class: "panel-title" }, el("h1", { text: `Search: ${q}` }), el("span", { class: "muted", text: `${result.results.length} sentence${result.results.length === 1 ? "" : "s"}` })),
      result.results.length ? el("ul", { class: "results", id: "search-results" }, result.results.map(r => el("li", {},
        el("a", { href: `#/article/${encodeURIComponent(r.articleId)}?s=${r.start}-${r.end}`, text: r.title || r.articleId }),
        el("div", { class: "snippet" }, snippet(r.snippet)))))
        : el("p", { class: "empty", text: "No sentence matches." }));
  }

  /** The snippet's matched terms, marked by two private-use characters, become <mark> elements. */
  function snippet(text) {
    const out = [];
    let rest = text;
    while (rest.length) {
      const open = rest.indexOf(SEARCH_OPEN);
      if (open < 0) { out.push(rest); break; }
      out.push(rest.slice(0, open));
      const close = rest.indexOf(SEARCH_CLOSE, open);
      const end = close < 0 ? rest.length : close;
      out.push(el("mark", { text: rest.slice(open + 1, end) }));
      rest = close < 0 ? "" : rest.slice(close + 1);
    }
    return out;
  }

  // ---------- Upload ----------

  const dialog = document.getElementById("upload-dialog");
  const input = document.getElementById("upload-input");
  const dropzone = document.getElementById("dropzone");
  const progress = document.getElementById("upload-progress");
  const bar = document.getElementById("upload-bar");
  const status = document.getElementById("upload-status");
  const results = document.getElementById("upload-results");

  function upload(files) {
    if (!files || files.length === 0) return;
    if (!dialog.open) dialog.showModal();
    const form = new FormData();
    for (const file of files) form.append("files", file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/ingest");
    progress.hidden = false;
    progress.classList.remove("busy");
    bar.style.width = "0%";
    clear(results);
    status.textContent = `Uploading ${files.length} file${files.length === 1 ? "" : "s"}…`;
    xhr.upload.addEventListener("progress", event => {
      if (!event.lengthComputable) return;
      const pct = Math.round((event.loaded / event.total) * 100);
      bar.style.width = `${pct}%`;
      bar.setAttribute("aria-valuenow", String(pct));
      if (pct >= 100) { status.textContent = "Analysing…"; progress.classList.add("busy"); }
    });
    xhr.addEventListener("load", async () => {
      progress.classList.remove("busy");
      bar.style.width = "100%";
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { body = null; }
      if (xhr.status !== 200 || !body || !body.summary) {
        status.textContent = (body && body.error) || `The upload failed (${xhr.status}).`;
        status.className = "upload-status st-failed";
        return;
      }
      const s = body.summary;
      status.className = "upload-status";
      status.textContent = `${s.added} added, ${s.duplicates} already stored, ${s.failed} failed.`;
      for (const f of body.files) for (const r of (f.articles.length ? f.articles : [{ status: "failed", message: "no article in the file" }])) {
        results.append(el("li", {},
          el("span", { class: `st-${r.status}`, text: r.status }),
          r.id ? el("a", { href: `#/article/${encodeURIComponent(r.id)}`, onclick: () => dialog.close(), text: r.title || f.file }) : el("span", { text: f.file }),
          r.message && el("span", { class: "muted small", text: r.message })));
      }
      state.articleCache.clear();
      state.entities = null;
      state.scale = null;
      toast(`Upload done: ${s.added} added. The timeline is up to date.`);
      await route();
    });
    xhr.addEventListener("error", () => { status.textContent = "The server could not be reached."; status.className = "upload-status st-failed"; });
    xhr.send(form);
  }

  document.getElementById("upload-open").addEventListener("click", () => {
    clear(results); status.textContent = ""; progress.hidden = true; dialog.showModal();
  });
  input.addEventListener("change", () => { upload([...input.files]); input.value = ""; });
  dropzone.addEventListener("keydown", event => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); input.click(); } });
  for (const [type, over] of [["dragenter", true], ["dragover", true], ["dragleave", false], ["drop", false]]) {
    dropzone.addEventListener(type, event => { event.preventDefault(); dropzone.classList.toggle("over", over); });
  }
  dropzone.addEventListener("drop", event => { event.stopPropagation(); upload([...event.dataTransfer.files]); });

  // Dropping files anywhere on the page uploads them too.
  const overlay = document.getElementById("drop-overlay");
  let dragDepth = 0;
  const hasFiles = event => event.dataTransfer && [...event.dataTransfer.types].includes("Files");
  window.addEventListener("dragenter", event => { if (hasFiles(event)) { dragDepth++; overlay.hidden = false; } });
  window.addEventListener("dragleave", () => { dragDepth = Math.max(0, dragDepth - 1); if (dragDepth === 0) overlay.hidden = true; });
  window.addEventListener("dragover", event => { if (hasFiles(event)) event.preventDefault(); });
  window.addEventListener("drop", event => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    dragDepth = 0;
    overlay.hidden = true;
    upload([...event.dataTransfer.files]);
  });

  // ---------- Global wiring ----------

  document.getElementById("search-form").addEventListener("submit", event => {
    event.preventDefault();
    const q = document.getElementById("search-input").value.trim();
    location.hash = `#/search?q=${encodeURIComponent(q)}`;
  });
  document.addEventListener("keydown", event => {
    const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement && document.activeElement.tagName);
    if (event.key === "/" && !typing) { event.preventDefault(); document.getElementById("search-input").focus(); }
  });
  document.getElementById("export-menu").addEventListener("keydown", event => {
    if (event.key === "Escape") { event.currentTarget.open = false; event.currentTarget.querySelector("summary").focus(); }
  });
  window.addEventListener("hashchange", () => { route(); main.focus({ preventScroll: true }); });
  route();
})();
