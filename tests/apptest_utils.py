"""Helpers for AppTest: open the app the way a user does, through streamlit_app.py."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 120  # pages that use TensorFlow import it on first use


def formulas(at: AppTest) -> list[str]:
    """The LaTeX source of every formula on the page, in order (ui/formulas.py draws each as
    MathML and keeps its source in `data-tex`)."""
    found = (re.findall(r'<div class="formula" data-tex="([^"]*)">', x.value) for x in at.markdown)
    return [html.unescape(tex) for block in found for tex in block]


def in_fresh_python(code: str) -> subprocess.CompletedProcess:
    """Run `code` in a new interpreter from the repository root (so no other test's imports count),
    its output captured as text."""
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)


def open_app(page_file: str | None = None, lang: str = "zh", **params) -> AppTest:
    """Run the app with ?lang= and other query params, then switch to `page_file`
    (e.g. "app_pages/loss.py"). Query params given here are applied to the page run too.

    Pages reveal their steps one at a time (ui/page.py); behaviour tests reach every step,
    so a page opens with ?step=all unless the test gives `step` or `present` itself.
    Pass step=None to open a page the way a first visit does (its first step only)."""
    if "step" not in params and "present" not in params and page_file:
        params["step"] = "all"
    params = {k: v for k, v in params.items() if v is not None}
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    if page_file:
        at.switch_page(page_file)
        for k, v in params.items():
            at.query_params[k] = v
        at.run()
    return at


def html_rows(body: str) -> list[list[str]]:
    """The body rows (cell texts, unescaped) of an HTML table (explainer/figures/html_table.py)."""
    import html
    import re

    rows = re.findall(r"<tr>((?:<td[^>]*>.*?</td>)+)</tr>", body.split("<tbody>", 1)[1])
    return [[html.unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", r)] for r in rows]


def table_rows(at: AppTest, marker: str = "ht-table") -> list[list[str]]:
    """The body rows of the first st.html table whose HTML holds `marker` (html_rows)."""
    return html_rows(next(h.proto.body for h in at.get("html") if marker in h.proto.body))


def _cell(text: str):
    """A table cell's text as the number it shows (int or float), or as it is."""
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def html_frame(body: str):
    """The first HTML table in `body` (explainer/figures/html_table.py) as a pandas DataFrame:
    cells as the numbers they show; a first column without a header is the index."""
    import html
    import re

    import pandas as pd

    table = re.search(r'<table class="ht-table">.*?</table>', body).group(0)
    heads = [html.unescape(x) for x in re.findall(r"<th(?:\s[^>]*)?>(.*?)</th>", table)]
    frame = pd.DataFrame([[_cell(c) for c in r] for r in html_rows(table)], columns=heads)
    return frame.set_index("").rename_axis(None) if heads and heads[0] == "" else frame


def html_frames(at: AppTest):
    """Every HTML table on the page, in page order, as html_frame reads it."""
    return [html_frame(h.proto.body) for h in at.get("html") if '<table class="ht-table">' in h.proto.body]


def picture_svg(body: str) -> str:
    """The SVG document inside a picture's HTML (explainer/figures/picture.py)."""
    import base64
    import re

    return base64.b64decode(re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', body).group(1)).decode()
