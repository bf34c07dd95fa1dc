"""Helpers of the lecture-mode browser tests: wait for a slide, measure what overflows.

A slide is settled when the script is idle, no placeholder is left, and ui/deck.js has laid
out this slide (its pages computed for the current URL, nothing scheduled).
"""

from __future__ import annotations

import contextlib

from tests.e2e.conftest import IDLE

SIZES = [(1280, 720), (1366, 768), (1920, 1080), (1024, 768)]
NEXT = ".st-key-_next button"
PREV = ".st-key-_prev button"
REVEAL = '[class*="st-key-_reveal-"] button'

# Everything on screen must be inside the window, and nothing may be clipped by its own box:
# an element whose overflow is hidden/auto/scroll/clip must not be smaller than its content
# (4 px of slack for sub-pixel rounding and focus rings). Skipped: what is not displayed
# (another page of the slide, the hidden script holder), fixed-position chrome (the page part
# label, Streamlit's status widget), what a box of no height clips away (a closed expander),
# screen-reader-only text (1-pixel boxes, KaTeX's MathML),
# an element's hover toolbar, and text fields, whose value scrolls inside them by design.
# A table that scrolls its own rows (st.dataframe / st.data_editor, a canvas grid, or an HTML
# table in its scroll box, explainer/figures/html_table.py) taller than its box is reported
# apart, as "scrolls inside"; the HTML table's rows scrolled out of its box are not measured.
MEASURE = """
() => {
  const vw = innerWidth, vh = innerHeight, out = [];
  const se = document.scrollingElement;
  if (se.scrollHeight > vh + 1 || se.scrollWidth > vw + 1) out.push(['document', se.scrollWidth, se.scrollHeight]);
  const main = document.querySelector('[data-testid="stMain"]');
  if (main.scrollHeight > main.clientHeight + 1 || main.scrollWidth > main.clientWidth + 1)
    out.push(['stMain scrolls', main.scrollWidth, main.scrollHeight, main.clientHeight]);
  const name = (el) => {
    const owner = el.closest('[data-testid]');
    return (el.getAttribute('data-testid') || el.tagName.toLowerCase()) + ' in ' +
      (owner ? owner.getAttribute('data-testid') : '?') + ': ' + (el.innerText || '').slice(0, 30);
  };
  const collapsed = [];  // boxes of no height or width that clip: what is inside is not shown
  for (const el of main.querySelectorAll('*')) {
    if (collapsed.some((c) => c.contains(el))) continue;
    if (el.closest('[data-deck-off], .st-key-deck_js, [data-testid="stElementToolbar"], details:not([open]) > :not(summary), .ht-box *')
        || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') continue;
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    if ((el.clientWidth <= 1 || el.clientHeight <= 1) && /hidden|clip/.test(cs.overflow)) { collapsed.push(el); continue; }
    if (r.width < 1 || r.height < 1 || el.clientWidth <= 1 || el.clientHeight <= 1) continue;
    if (cs.visibility === 'hidden' || cs.position === 'fixed') continue;
    if (r.bottom > vh + 1 || r.right > vw + 1 || r.left < -1) {
      out.push(['outside the screen', name(el), Math.round(r.right), Math.round(r.bottom)]);
      continue;
    }
    const clipY = /hidden|auto|scroll|clip/.test(cs.overflowY), clipX = /hidden|auto|scroll|clip/.test(cs.overflowX);
    if ((clipY && el.scrollHeight > el.clientHeight + 4) || (clipX && el.scrollWidth > el.clientWidth + 4))
      out.push([el.closest('[data-testid="stDataFrameResizable"], .ht-box') ? 'scrolls inside' : 'cut off', name(el),
                el.scrollWidth, el.clientWidth, el.scrollHeight, el.clientHeight]);
  }
  return out.slice(0, 8);
}
"""

# The smallest zoom ui/deck.js gave a block of the page shown, a block inside a container
# included (1 = none).
ZOOM = """
() => Math.min(1, ...Array.from(document.querySelectorAll('.st-key-deck_body [data-deck-zoom]'))
  .filter((b) => !b.closest('[data-deck-off]')).map((b) => parseFloat(b.dataset.deckZoom)))
"""


def settle(page, timeout: float = 60_000) -> None:
    """Wait until the slide has run, drawn and been laid out by ui/deck.js."""
    page.wait_for_timeout(250)  # let a rerun that was just triggered start
    page.wait_for_selector(IDLE, timeout=timeout)
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=timeout)
    page.wait_for_function("() => document.querySelectorAll('.stSkeleton').length === 0", timeout=timeout)
    page.wait_for_function(
        "() => { const d = window.__nnDeck; if (!d) return false; const s = d.state();"
        " return !s.pending && (s.slide === s.here || !document.querySelector('.st-key-deck_body')); }",
        timeout=timeout,
    )
    stable(page)


# True once the slide has stopped changing: images loaded, ui/deck.js idle, and the same sizes
# as 100 ms before.
STABLE = """
() => {
  const d = window.__nnDeck, main = document.querySelector('[data-testid="stMain"]');
  if (!d || !main || d.state().pending) return false;
  if (!Array.from(document.images).every((i) => i.complete)) return false;
  for (const grid of document.querySelectorAll('[data-testid="stDataFrameResizable"]')) {
    const scroller = grid.querySelector('div');  // a canvas grid sizes itself a moment after its box
    if (grid.getClientRects().length && scroller && scroller.clientWidth < 0.5 * grid.clientWidth) return false;
  }
  const now = [innerWidth, innerHeight, main.scrollHeight, main.scrollWidth, d.state().pages].join();
  const same = window.__deckLast === now;
  window.__deckLast = now;
  return same;
}
"""


def stable(page, timeout: float = 10_000) -> None:
    """Wait until the slide has stopped changing (see STABLE); go on after `timeout` regardless,
    so a slide that never settles is measured (and reported) as it is."""
    with contextlib.suppress(Exception):  # measured as it is
        page.wait_for_function(STABLE, polling=100, timeout=timeout)


def relaid(page) -> None:
    """Wait until ui/deck.js has laid the slide out again after a resize (no rerun happens)."""
    page.wait_for_timeout(120)
    stable(page)


def slide_count() -> int:
    """Slides in the deck: the steps of every page (STEPS in steps/<id>.py, read without importing)."""
    import ast

    from explainer.course import PAGES
    from tests.e2e.conftest import ROOT

    total = 0
    for p in PAGES:
        tree = ast.parse((ROOT / "steps" / f"{p.id}.py").read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "STEPS" for t in node.targets):
                total += len(node.value.elts)
    return total


def where(page) -> str:
    """The slide shown, as "<path> <step>"."""
    url = page.url.split("//", 1)[1]
    path = url.split("/", 1)[1].split("?")[0] or "home"
    step = url.split("step=")[1].split("&")[0] if "step=" in url else "?"
    return f"{path} {step}"


def pages(page) -> int:
    return page.evaluate("() => window.__nnDeck.state().pages")


def show_part(page, i: int) -> None:
    """Show page i of the slide and wait until it has settled: its images sized (Streamlit sizes
    images in columns from their box, and a scaled block is laid out again until it fits)."""
    page.evaluate(f"() => window.__nnDeck.show({i})")
    page.wait_for_timeout(60)
    stable(page, timeout=5_000)


def overflow(page) -> list:
    return page.evaluate(MEASURE)


def smallest_zoom(page) -> float:
    return page.evaluate(ZOOM)


# Projector legibility of the page shown, at 1280x720. Sizes are what the screen shows: the
# computed size times the zoom ui/deck.js gave the block (1 when none). Checked:
#  prose (markdown paragraphs and list items, the question and answer boxes) >= 24 px,
#  labels, captions, table cells (HTML tables too), the loop diagram's boxes, metric labels >= 18 px,
#  metric values >= 32 px and never cut off (Streamlit truncates a value too wide for its column),
#  chart text (the text of a picture drawn on the server) >= 16 px,
#  and every text's contrast against the background behind it >= 4.5 : 1 (WCAG AA).
# Returns (kind, what, value) for each miss, and which blocks were zoomed (their misses are
# reported apart: a block shrunk to fit is too dense for one screen).
LEGIBILITY = """
() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || [0, 0, 0, 0]).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
  const holds = (outer, inner) => {  // the text's box lies inside this box (a positioned label may not)
    const a = outer.getBoundingClientRect(), b = inner.getBoundingClientRect();
    return b.left >= a.left - 1 && b.right <= a.right + 1 && b.top >= a.top - 1 && b.bottom <= a.bottom + 1;
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if ((c.length < 4 || c[3] > 0.5) && holds(e, el)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const zoomOf = (el) => {  // a block of the slide, or a block inside one of its containers
    const b = el.closest('.st-key-deck_body [data-deck-zoom]');
    return b ? parseFloat(b.dataset.deckZoom) : 1;
  };
  const body = document.querySelector('.st-key-deck_body');
  if (!body) return { misses: [], zoomed: [] };
  const misses = [], zoomed = [];
  const visible = (el) => el.getClientRects().length && (el.textContent || '').trim()
    && !el.closest('[data-deck-off], details:not([open]) > :not(summary)');
  const check = (sel, min, kind, not) => {
    for (const el of body.querySelectorAll(sel)) {
      if (!visible(el) || (not && el.closest(not))) continue;
      const cs = getComputedStyle(el), z = zoomOf(el), size = parseFloat(cs.fontSize) * z;
      const what = (el.textContent || '').trim().slice(0, 30);
      const miss = (m) => (z < 1 ? zoomed : misses).push(m);
      if (size < min - 0.5) miss([kind + ' size', what, Math.round(size * 10) / 10]);
      const fg = el.tagName.toLowerCase() === 'text' ? rgb(cs.fill) : rgb(cs.color);
      const bg = el.tagName.toLowerCase() === 'text' ? [255, 255, 255] : background(el);
      const r = ratio(fg.slice(0, 3), bg);
      if (r < 4.5 && !(fg.length > 3 && fg[3] === 0)) misses.push([kind + ' contrast', what, Math.round(r * 100) / 100]);
    }
  };
  check('[data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li', 24, 'prose',
        '[data-testid="stCaptionContainer"], [data-testid="stWidgetLabel"], button, label, [data-testid="stProgress"], [data-testid="stTable"], [data-testid="stSlider"], .st-key-deck_head');
  check('[data-testid="stWidgetLabel"] p, [data-testid="stCaptionContainer"], [data-testid="stMetricLabel"] p,'
        + ' [data-testid="stTable"] td, [data-testid="stSliderThumbValue"], .ht-table td, .ht-table th, .cm-table td,'
        + ' .cm-table th, .tl-node', 18, 'label');
  check('[data-testid="stMetricValue"] p', 32, 'metric');
  for (const el of body.querySelectorAll('[data-testid="stMetricValue"] p')) {
    if (visible(el) && el.scrollWidth > el.clientWidth + 1)
      ((zoomOf(el) < 1) ? zoomed : misses).push(['metric cut off', el.textContent.trim().slice(0, 30), el.scrollWidth]);
  }
  // A picture drawn on the server (explainer/figures/picture.py): its text is the SVG's font-size,
  // scaled by how wide the image is drawn against the SVG's own width.
  for (const img of body.querySelectorAll('.svg-picture img')) {
    if (!img.getClientRects().length || img.closest('[data-deck-off], details:not([open]) > :not(summary)')) continue;
    const svg = atob(img.src.split(',')[1]), root = svg.slice(0, svg.indexOf('>'));
    const font = parseFloat((root.match(/font-size="([\\d.]+)"/) || [0, 12])[1]);
    const width = parseFloat((root.match(/ width="([\\d.]+)"/) || [0, img.naturalWidth])[1]);
    const size = font * img.getBoundingClientRect().width / width;  // the rect is already scaled by a zoom
    if (size < 16 - 0.5) (zoomOf(img) < 1 ? zoomed : misses).push(['picture text size', img.alt.slice(0, 30), Math.round(size * 10) / 10]);
  }
  return { misses: misses.slice(0, 8), zoomed: zoomed.slice(0, 4) };
}
"""


def legibility(page) -> dict:
    return page.evaluate(LEGIBILITY)


def open_menu(page) -> None:
    """Open the header's menu (class and links); a click that lands during a rerun may be lost."""
    body = page.locator('[data-testid="stPopoverBody"]')
    for _ in range(4):
        page.locator(".st-key-deck_menu button").first.click()
        try:
            body.first.wait_for(timeout=5_000)
            return
        except Exception:  # noqa: BLE001 - press again once the slide is idle
            settle(page)
    body.first.wait_for(timeout=5_000)
