"""Helpers for AppTest: open the app the way a user does, through streamlit_app.py."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 120  # pages that use TensorFlow import it on first use


def open_app(page_file: str | None = None, lang: str = "zh", **params) -> AppTest:
    """Run the app with ?lang= and other query params, then switch to `page_file`
    (e.g. "app_pages/loss.py"). Query params given here are applied to the page run too."""
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
