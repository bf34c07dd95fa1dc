"""The "working" sign: a moving bar across the top and a small label, for any wait over 0.3 s.

Streamlit's own running sign is a small widget in the header, which lecture mode hides, and
it says nothing while the browser is still drawing what a finished run sent. This sign is
constant CSS, put into the page once per run by main() (streamlit_app.py): no script, no user
text. Its label comes from the catalog ("app.busy") in the learner's language, escaped for CSS.

When it shows (each for longer than DELAY, CSS animation-delay, so quick reruns stay quiet):
  - `[data-testid="stApp"][data-test-script-state="running"]` (or "rerunRequested", which the
    browser sets itself for the "r" key): a script run. A fragment rerun (a widget inside one
    step) sets it too: Streamlit 1.67's AppSession marks itself running on every run start,
    fragment runs included, and sends a session status message whenever that changes; the
    frontend turns it into this attribute (checked in Chromium: tests/e2e/test_busy_browser.py).
    The attribute changes when the browser *handles* that message, so while it is busy
    drawing the deltas queued before it, the attribute stays "running" and the sign stays;
  - a lazily loaded element still waiting for its code (`[data-testid="stSkeleton"]`).
Not covered: what the browser still does after it has handled the run's end, such as decoding
and painting a large picture (no attribute marks it); the cure for that wait is to send less.

Where it lives: on `[data-testid="stApp"]::before` (the bar, at the top of the window) and
`::after` (the label, at the bottom centre, where no header of either mode sits), outside the
header, toolbar and sidebar that lecture mode hides, so it shows in both modes.
Both move with `transform` and `opacity` only, which Chromium animates off the main thread:
the bar keeps moving while the page's main thread is busy (lecture mode's ui/deck.css leaves
both alone). The `:has()` rule costs little: two such rules added about 0.05 s of style
recalculation to opening gradient-descent with every step, out of 2.7 s of main-thread work.
"""

from __future__ import annotations

import functools

import streamlit as st

from ui.i18n import t

DELAY = "0.3s"  # shorter waits show nothing
APP = '[data-testid="stApp"]'
BUSY = (
    f'{APP}[data-test-script-state="running"]',
    f'{APP}[data-test-script-state="rerunRequested"]',
    f'{APP}:has([data-testid="stSkeleton"])',
)
STRIPE = 48  # px: one period of the bar's stripes; the bar moves by one period per cycle


def css_string(text: str) -> str:
    """`text` as a CSS string literal: everything but letters, digits and spaces as a hex escape,
    so no catalog text can end the string, the rule or the <style> element."""
    out = (c if (c.isascii() and c.isalnum()) or c == " " else f"\\{ord(c):06x}" for c in text)
    return '"' + "".join(out) + '"'


def _rules(label: str) -> str:
    bar = ", ".join(f"{s}::before" for s in BUSY)
    tag = ", ".join(f"{s}::after" for s in BUSY)
    return f"""
{bar} {{
  content: ""; position: fixed; top: 0; left: -{STRIPE}px; width: calc(100vw + {2 * STRIPE}px);
  height: 4px; z-index: 1000002; pointer-events: none; opacity: 0;
  background: repeating-linear-gradient(90deg, #ff4b4b 0 {STRIPE // 2}px, #ffbd45 {STRIPE // 2}px {STRIPE}px);
  animation: busy-show 0.15s linear {DELAY} forwards, busy-move 0.6s linear infinite;
}}
{tag} {{
  content: {label}; position: fixed; bottom: 1rem; left: 50%; z-index: 1000002; pointer-events: none;
  transform: translateX(-50%); opacity: 0; padding: 0.1rem 0.7rem; border-radius: 1rem;
  font: 600 0.8rem/1.4 "Source Sans Pro", "Noto Sans CJK SC", sans-serif; white-space: nowrap;
  color: #fff; background: #262730; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25);
  animation: busy-show 0.15s linear {DELAY} forwards;
}}
@keyframes busy-show {{ to {{ opacity: 1; }} }}
@keyframes busy-move {{ from {{ transform: translateX(0); }} to {{ transform: translateX({STRIPE}px); }} }}
@media (prefers-reduced-motion: reduce) {{ {bar} {{ animation: busy-show 0.15s linear {DELAY} forwards; }} }}
"""


@functools.cache
def style(label: str) -> str:
    """The <style> element for one label (one per language, built once)."""
    return f"<style>{_rules(css_string(label))}</style>"


def install() -> None:
    """Put the working sign's CSS into this run's page (style-only HTML takes no space)."""
    st.html(style(t("app.busy")))
