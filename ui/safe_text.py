"""Text from a learner or a link, shown as text: never as markdown, HTML, KaTeX or a link.

Every page puts such text (class names, a typed label sequence, a search word, a formula) into
catalog sentences that Streamlit renders as markdown. The helpers here turn it into something
that renderer shows literally (HTML and SVG figures escape with html.escape):

    md_literal("[Free prize](https://evil.example)")   ->  \\[Free prize\\]\\(https\\:\\/\\/evil\\.example\\)

md_literal backslash-escapes every ASCII punctuation character (CommonMark allows that for
all of them), which stops links, images, emphasis, Streamlit's `:red[...]` and
`:material/...:` directives and KaTeX's `$`. Streamlit's renderer still turns a bare URL,
"www." or an e-mail address in the resulting text into a link (GFM autolinks, found after the
escapes are read), so a zero-width space (U+200B, invisible) goes after "://"'s colon, "www"
and "@". Line breaks and tabs become spaces, and leading spaces go, so the text stays inline
(no code block, heading or list). Use it on the value, then put the value into the sentence:
the sentence itself stays the app's markdown.
"""

from __future__ import annotations

import re
import string

_PUNCT = re.compile("([" + re.escape(string.punctuation) + "])")
_SPACES = re.compile(r"[\s\u2028\u2029]+")
_AUTOLINK = re.compile(r"(?i):(?=//)|www(?=\.)|@")
ZWSP = "\u200b"  # zero-width space: invisible, but no autolink runs across it


def md_literal(text: object) -> str:
    """`text` as markdown source that renders exactly as the characters it holds."""
    s = _SPACES.sub(" ", str(text)).strip()
    s = _AUTOLINK.sub(lambda m: m.group(0) + ZWSP, s)  # before escaping: "://" is still "://"
    return _PUNCT.sub(r"\\\1", s)


def md_literals(items, sep: str = ", ") -> str:
    """Several learner texts, each literal, joined (the separator is the app's own)."""
    return sep.join(md_literal(x) for x in items)
