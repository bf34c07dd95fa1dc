// Lecture mode's keys and in-slide pages (ui/deck_assets.py runs this once per page load).
// Constant code, no user text. Every Streamlit DOM hook it uses is in SEL, and
// tests/e2e/test_deck_keys_browser.py checks them in Chromium.
(() => {
  "use strict";
  const W = window;
  if (W.__nnDeck) return; // installed already: reruns find it in place
  const SEL = {
    next: ".st-key-_next button", // the deck's Next / Previous buttons (st.button keys)
    prev: ".st-key-_prev button",
    body: ".st-key-deck_body", // the slide's content: st.container(key="deck_body")
    main: '[data-testid="stMain"]',
    dialog: '[role="dialog"]',
    reveal: '[class*="st-key-_reveal-"] button', // "Reveal the answer" on a question slide
    tableRows: '[data-testid="stTable"] tbody tr', // st.table's rows
    wrapper: '[data-testid="stLayoutWrapper"]', // a container's (a fragment's) outer box ...
    vblock: '[data-testid="stVerticalBlock"]', // ... and the column of blocks inside it
  };
  const PAD = 10; // px kept free under the slide
  const MIN_ZOOM = 0.4; // a block is never shrunk below this
  const s = { slide: null, want: 0, shown: 0, pages: 1, enterLast: false, timer: 0, avail: 0, fits: 0, sizeFits: 0, zooms: new Map() };
  const q = (sel) => document.querySelector(sel);

  // True while the lecturer is typing: a text field keeps its arrow keys (PageUp/Down never).
  function typing(el) {
    if (!el || !el.tagName) return false;
    if (el.isContentEditable || el.tagName === "TEXTAREA") return true;
    if (el.tagName !== "INPUT") return false;
    const type = (el.getAttribute("type") || "text").toLowerCase();
    if (["range", "checkbox", "radio", "button", "submit", "color", "file"].includes(type)) return false;
    if (el.getAttribute("role") === "combobox") return el.getAttribute("aria-expanded") === "true";
    return true;
  }

  function slideId() {
    return location.pathname + "?" + (new URLSearchParams(location.search).get("step") || "");
  }

  // Split the slide into pages that each fit the screen, and show one. Pages are made of the
  // slide's top-level blocks; a table taller than the screen is split between its rows (its
  // column names shown on every page). A block that alone is taller or wider than the space
  // is scaled down (a CSS transform) to fit. If the page still overflows by a few pixels (an image
  // that arrived late, rounding), it is laid out again with that much less room.
  function fit() {
    const body = q(SEL.body);
    if (!body) { s.slide = null; s.pages = 1; return; }
    const id = slideId();
    if (id !== s.slide) {
      s.slide = id;
      s.want = s.enterLast ? Infinity : 0;
      s.enterLast = false;
      s.sizeFits = 0;
      s.zooms = new Map();
    }
    watch(body);
    s.fits += 1;
    const main = q(SEL.main);
    let less = 0;
    for (let attempt = 0; attempt < 3; attempt++) {
      layout(body, main, less);
      const over = main ? main.scrollHeight - main.clientHeight : 0;
      if (over <= 1) break;
      less += over + 4;
    }
  }

  function layout(body, main, less) {
    if (main) main.scrollTop = 0;
    const blocks = Array.from(body.children);
    for (const el of body.querySelectorAll("[data-deck-off]")) el.removeAttribute("data-deck-off");
    for (const b of blocks) b.removeAttribute("data-deck-off");
    for (const el of body.querySelectorAll("[data-deck-zoom]")) unzoom(el);
    const avail = Math.max(120, W.innerHeight - body.getBoundingClientRect().top - PAD - less);
    s.avail = Math.round(avail);
    const pages = paginate(pieces(blocks, avail), avail);
    keepHeadingsWithNext(pages);
    noWidow(pages, avail);
    for (const page of pages) shrink(page, avail, body.clientWidth);
    s.pages = pages.length;
    s.shown = Math.max(0, Math.min(s.want, s.pages - 1));
    const shownEls = new Set(pages[s.shown].map((p) => p.el));
    const shownRows = new Set(pages[s.shown].filter((p) => p.row).map((p) => p.row));
    for (const page of pages) {
      for (const p of page) {
        if (!shownEls.has(p.el)) p.el.setAttribute("data-deck-off", "1");
        else if (p.row && !shownRows.has(p.row)) p.row.setAttribute("data-deck-off", "1");
      }
    }
    if (s.pages > 1) body.setAttribute("data-deck-part", `${s.shown + 1} / ${s.pages}`);
    else body.removeAttribute("data-deck-part");
  }

  // What pages are made of: {el, top, bottom} per block; a table taller than the screen gives
  // one piece per row instead (`head`: the height above its first row, repeated on each page),
  // and so does a container taller than the screen (a step's live part, a fragment) one piece
  // per block inside it, so it is shown in pages rather than scaled down as one.
  function pieces(blocks, avail) {
    const out = [];
    for (const el of blocks) {
      const r = el.getBoundingClientRect();
      if (r.height < 1) { out.push({ el, empty: true }); continue; }
      const inner = r.height > avail ? inside(el) : null;
      if (inner) { out.push(...pieces(inner, avail)); continue; }
      const rows = r.height > avail ? Array.from(el.querySelectorAll(SEL.tableRows)) : [];
      if (rows.length < 2) { out.push({ el, top: r.top, bottom: r.bottom }); continue; }
      const head = rows[0].getBoundingClientRect().top - r.top;
      rows.forEach((row, i) => {
        const rr = row.getBoundingClientRect();
        out.push({ el, row, head, top: i === 0 ? r.top : rr.top, bottom: i === rows.length - 1 ? r.bottom : rr.bottom });
      });
    }
    return out;
  }

  // The blocks of a plain container (no border: a bordered box stays whole), or null.
  function inside(el) {
    const col = el.matches(SEL.wrapper) && el.children.length === 1 ? el.firstElementChild : null;
    if (!col || !col.matches(SEL.vblock) || col.children.length < 2) return null;
    return parseFloat(getComputedStyle(col).borderTopWidth) > 0 ? null : Array.from(col.children);
  }

  function paginate(list, avail) {
    const pages = [];
    let cur = [], used = 0, prev = null;
    for (const p of list) {
      if (p.empty) { cur.push(p); continue; }
      const midTable = Boolean(p.row) && p.row !== firstRow(p.el);
      let h = p.bottom - p.top + (used > 0 ? Math.max(0, p.top - prev.bottom) : midTable ? p.head : 0);
      if (used > 0 && used + h > avail) {
        pages.push(cur);
        cur = [];
        used = 0;
        h = p.bottom - p.top + (midTable ? p.head : 0);
      }
      cur.push(p);
      used += h;
      prev = p;
    }
    if (cur.length) pages.push(cur);
    return pages;
  }
  const firstRow = (el) => el.querySelector(SEL.tableRows);

  // Scale down a block wider than the slide, and the tallest block of a page taller than the room.
  function shrink(page, avail, width) {
    const shown = [...new Set(page.filter((p) => !p.empty).map((p) => p.el))];
    if (!shown.length) return;
    const rect = (el) => el.getBoundingClientRect();
    const rows = page.filter((p) => p.row);
    let total = 0;
    for (const p of page) if (!p.empty) total = Math.max(total, p.bottom);
    total -= Math.min(...page.filter((p) => !p.empty).map((p) => p.top));
    if (rows.length && rows[0].row !== firstRow(rows[0].el)) total += rows[0].head;
    const tall = shown.reduce((a, b) => (rect(b).height > rect(a).height ? b : a));
    const h = rows.length && rows[0].el === tall ? total : rect(tall).height;
    for (const el of shown) {
      let z = width / Math.max(1, el.scrollWidth);
      if (el === tall && total > avail) z = Math.min(z, (avail - (total - h)) / h);
      if (s.zooms.has(el)) z = Math.min(z, s.zooms.get(el)); // only ever smaller: see watch()
      if (z < 0.995) {
        zoom(el, Math.max(MIN_ZOOM, z), rect(el).height);
        s.zooms.set(el, z);
      }
    }
  }

  // Scale a block by z without laying it out again: a CSS transform (top left), with the room
  // it frees given back by a negative bottom margin. Its content keeps its layout and its own
  // sizes, so images and charts that size themselves to their box do not redraw (CSS zoom made
  // them redraw, and the slide never settled).
  function zoom(el, z, height) {
    el.dataset.deckZoom = String(z);
    el.style.transformOrigin = "top left";
    el.style.transform = `scale(${z})`;
    el.style.marginBottom = `${-(1 - z) * height}px`;
  }
  function unzoom(el) {
    if (!("deckZoom" in el.dataset)) return;
    for (const prop of ["transform", "transform-origin", "margin-bottom"]) el.style.removeProperty(prop);
    delete el.dataset.deckZoom;
  }

  // A last page holding only a line or two (a caption) goes back onto the page before, whose
  // tallest block then shrinks a little (at most to 80 %) to make room.
  function noWidow(pages, avail) {
    if (pages.length < 2) return;
    const size = (page) => {
      const full = page.filter((p) => !p.empty);
      return full.length ? Math.max(...full.map((p) => p.bottom)) - Math.min(...full.map((p) => p.top)) : 0;
    };
    const last = pages[pages.length - 1], before = pages[pages.length - 2];
    const tallest = Math.max(0, ...before.filter((p) => !p.empty && !p.row).map((p) => p.bottom - p.top));
    if (last.some((p) => p.row) || size(last) > 0.15 * avail) return;
    if (size(before) + size(last) + 16 - avail <= 0.2 * tallest) before.push(...pages.pop());
  }

  // A page never ends with a heading: it moves to the page of the block it introduces.
  function keepHeadingsWithNext(pages) {
    for (let i = 0; i + 1 < pages.length; i++) {
      const page = pages[i];
      let j = page.length;
      while (j > 0 && (page[j - 1].empty || (!page[j - 1].row && isHeading(page[j - 1].el)))) j -= 1;
      if (j > 0 && j < page.length && page.slice(j).some((p) => !p.empty)) pages[i + 1].unshift(...page.splice(j));
    }
  }
  const isHeading = (b) => Boolean(b.querySelector(':scope > [data-testid="stHeading"]'));

  // Lay out again when the slide's size changes without a DOM change (images, fonts, charts).
  // Some elements size themselves from their box as drawn (Streamlit's images in columns), so
  // scaling a block makes them resize, which changes the slide again. Two rules end that
  // loop: until the slide, its page, the window or the DOM changes, a block's scale only ever
  // goes down; and after three such re-layouts in a row the slide is left alone while it fits.
  let watched = null;
  const fitsNow = () => {
    const main = q(SEL.main);
    return !main || (main.scrollHeight <= main.clientHeight + 1 && main.scrollWidth <= main.clientWidth + 1);
  };
  const sizes = new ResizeObserver(() => {
    if (s.sizeFits >= 3 && fitsNow()) return;
    s.sizeFits += 1;
    schedule();
  });
  function watch(body) {
    if (watched === body) return;
    sizes.disconnect();
    sizes.observe(body);
    watched = body;
  }

  function changed() {
    s.sizeFits = 0;
    s.zooms = new Map();
    schedule();
  }

  function schedule() {
    if (s.timer) return;
    s.timer = W.setTimeout(() => { s.timer = 0; fit(); }, 80);
  }

  function press(sel, forward) {
    const b = q(sel);
    if (!b || b.disabled) return false;
    s.enterLast = !forward; // Previous opens the last page of the slide before
    b.click();
    return true;
  }

  // One step of the deck: the answer if it is still hidden, the next page of this slide,
  // else the next slide (and back). So a clicker's one forward key runs the whole deck.
  function go(forward) {
    const reveal = forward && q(SEL.reveal);
    if (reveal && !reveal.disabled) { reveal.click(); return; }
    fit();
    if (forward && s.shown < s.pages - 1) { s.want = s.shown + 1; s.sizeFits = 0; s.zooms = new Map(); fit(); return; }
    if (!forward && s.shown > 0) { s.want = s.shown - 1; s.sizeFits = 0; s.zooms = new Map(); fit(); return; }
    press(forward ? SEL.next : SEL.prev, forward);
  }

  W.addEventListener("keydown", (e) => {
    if (!q(SEL.next) || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    const pageKey = e.key === "PageDown" || e.key === "PageUp";
    const forward = e.key === "ArrowRight" || e.key === "PageDown";
    if (!forward && e.key !== "ArrowLeft" && e.key !== "PageUp") return;
    if (q(SEL.dialog) || (!pageKey && typing(e.target))) return;
    e.preventDefault();
    e.stopImmediatePropagation(); // before the slider, select or Streamlit's own shortcuts
    const a = document.activeElement;
    if (a && a !== document.body && typeof a.blur === "function") a.blur();
    go(forward);
  }, true);

  // A click on Next / Previous pages through the slide first, like the keys.
  W.addEventListener("click", (e) => {
    if (!e.isTrusted || !(e.target instanceof Element)) return;
    const next = e.target.closest(SEL.next), prev = e.target.closest(SEL.prev);
    if (!next && !prev) return;
    fit();
    if (next && s.shown < s.pages - 1) { s.want = s.shown + 1; s.sizeFits = 0; s.zooms = new Map(); }
    else if (prev && s.shown > 0) { s.want = s.shown - 1; s.sizeFits = 0; s.zooms = new Map(); }
    else { s.enterLast = Boolean(prev); return; }
    e.preventDefault();
    e.stopImmediatePropagation();
    fit();
  }, true);

  new MutationObserver(changed).observe(document.body, { childList: true, subtree: true });
  W.addEventListener("resize", changed);
  // For the browser tests: the state, and showing page i of this slide.
  const show = (i) => { s.want = i; s.sizeFits = 0; s.zooms = new Map(); fit(); return s.shown; };
  const state = () => ({ page: s.shown, pages: s.pages, slide: s.slide, pending: s.timer !== 0, here: slideId(), avail: s.avail, fits: s.fits });
  W.__nnDeck = { SEL, fit, go, show, state };
  schedule();
})();
