"""Text from a link or a learner is shown as text: no link, image, styled text or formula appears
that the app did not write itself (ui/safe_text.py).

Each payload page is compared with the same page showing harmless words of the same number:
the count of links, images, bold/italic runs, coloured spans, KaTeX formulas, headings, list
items, quotes and inline code in the main area must be the same, and the payload's own
characters must be on the page as typed.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.e2e.conftest import open_page, wait_idle

MAIN = '[data-testid="stMain"]'
# Every payload is a valid class name: at most 40 printable characters, no comma.
PAYLOADS = [
    "[Free prize](https://evil.example/x)",
    "![t](http://127.0.0.1:9/p.png)",
    "<https://evil.example/a>",
    ":red[**boom**]",
    "**strong** _em_ ~~gone~~",
    "<img src=x onerror=alert(1)>",
    "$\\href{http://x.example}{y}$",
    "<a href='http://x.example'>A</a>",
    "# Heading",
    "`code` and www.evil.example",
    "a@evil.example",
    ":material/home: :smile:",
    "&lt;b&gt;bold&lt;/b&gt; &amp;",
    "- item",
    "> quoted",
    "<script>alert(1)</script>",
    "[[loss]] {name} %s",
    "$x^2$ and \\(y\\)",
    "||spoiler|| ==mark==",
    "Ｆｕｌｌ＜ｂ＞ ｗｉｄｔｈ 猫",
]
COUNTS = """(sel) => {
  const main = document.querySelector(sel);
  const q = (s) => main.querySelectorAll(s).length;
  return {
    links: q('a[href]'), images: q('img'), bold: q('strong, b'), italic: q('em, i:not([class])'),
    strike: q('del, s'), coloured: q('span[style*="color"]'), katex: q('.katex'),
    headings: q('h2, h3, h4, h5, h6'), items: q('li'), quotes: q('blockquote'), code: q('p code'),
    svg_links: q('svg a'), scripts: q('script'),
  };
}"""


def counts(page) -> dict:
    """The counts once they stop changing (formulas and pictures draw after the script is idle)."""
    last, same = page.evaluate(COUNTS, MAIN), 0
    for _ in range(60):
        page.wait_for_timeout(250)
        now = page.evaluate(COUNTS, MAIN)
        same = same + 1 if now == last else 0
        if same == 3:  # unchanged for 0.75 s
            break
        last = now
    return last


def one_hot(page, app_url: str, names: list[str]) -> dict:
    open_page(page, app_url, "one-hot", "lang=en&classes=" + quote(",".join(names), safe=""))
    page.locator(".st-key-recap a").first.wait_for(timeout=30_000)  # the page's last element is drawn
    return counts(page)


@pytest.mark.parametrize("part", [0, 1], ids=["first-ten", "last-ten"])
def test_class_names_from_a_link_render_as_text(page, app_url, part):
    """/one-hot?classes=<payloads>: the class names appear as typed, and nothing they spell out
    (links, images, colours, formulas, headings) is rendered."""
    names = PAYLOADS[part * 10 : part * 10 + 10]
    harmless = [f"Name{i}" for i in range(len(names))]
    expected = one_hot(page, app_url, harmless)
    got = one_hot(page, app_url, names)
    assert got == expected
    body = page.locator(MAIN).inner_text().replace("\u200b", "")  # safe_text breaks autolinks with it
    for name in names[:3]:  # the first three are written out in the page's sentences
        assert name.replace("\\", "") in body.replace("\\", "") or name in body


def _type(page, label_key: str, text: str) -> None:
    box = page.locator(f".st-key-{label_key} input").first
    box.fill(text)
    box.press("Enter")
    page.wait_for_timeout(400)
    wait_idle(page)


@pytest.mark.parametrize("payload", PAYLOADS[:8])
def test_typed_labels_and_searches_render_as_text(page, app_url, payload):
    """A label sequence on /one-hot (unknown labels are echoed in the error) and a glossary search
    on /summary (echoed in "nothing found") show the payload as text only."""
    open_page(page, app_url, "one-hot", "lang=en")
    _type(page, "one_hot-seq", "Harmless")
    expected = counts(page)
    _type(page, "one_hot-seq", payload)
    assert counts(page) == expected
    open_page(page, app_url, "summary", "lang=en")
    _type(page, "summary-q", "zzzzqqq")
    expected = counts(page)
    _type(page, "summary-q", payload)
    assert counts(page) == expected
