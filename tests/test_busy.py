"""The working sign's CSS (ui/busy.py): constant rules, a label from the catalog escaped for CSS.

Whether it shows in a browser, and when: tests/e2e/test_busy_browser.py.
"""

import re

import pytest

from catalog import LANGS, text
from ui import busy


def css_unescape(literal: str) -> str:
    """Read back a CSS string literal made of plain characters and 6-digit hex escapes."""
    assert literal[0] == literal[-1] == '"'
    return re.sub(r"\\([0-9a-f]{6})", lambda m: chr(int(m.group(1), 16)), literal[1:-1])


@pytest.mark.parametrize(
    "raw", ["Working…", "正在计算…", 'a"b\\c', "</style><script>x</script>", "line\nbreak"]
)
def test_a_label_round_trips_and_cannot_leave_its_string(raw):
    """Quotes, backslashes, angle brackets and newlines are escaped, so no catalog text can end
    the CSS string, the rule or the <style> element; reading the escapes back gives the text."""
    literal = busy.css_string(raw)
    inner = literal[1:-1]
    assert not set('"<>\n') & set(inner)
    assert re.fullmatch(r"(?:[A-Za-z0-9 ]|\\[0-9a-f]{6})*", inner)
    assert css_unescape(literal) == raw


@pytest.mark.parametrize("lang", LANGS)
def test_the_style_carries_the_label_of_each_language(lang):
    """One <style> element per language, with that language's label and nothing else variable."""
    css = busy.style(text("app.busy", lang))
    assert css.startswith("<style>") and css.endswith("</style>") and css.count("<") == 2
    assert busy.css_string(text("app.busy", lang)) in css
    for selector in busy.BUSY:
        assert f"{selector}::before" in css and f"{selector}::after" in css
    assert f"{busy.DELAY} forwards" in css  # a wait shorter than the delay shows nothing


def test_the_labels_differ_between_languages():
    assert busy.style(text("app.busy", "zh")) != busy.style(text("app.busy", "en"))
