"""Python source as a highlighted HTML block, drawn on the server.

Streamlit's st.code draws with a syntax highlighter that is 1.5 MB of browser code (every
language Prism knows), fetched and compiled by a new browser for a page's one line of Keras.
This block is the same text in a <pre>, coloured by Python's own tokenizer: keywords, names
being called, strings, numbers and comments. Its text is exactly the source (every character
escaped), so a learner can select and copy it.
"""

from __future__ import annotations

import io
import keyword
import tokenize
from html import escape

STYLE = (
    "<style>.code-html{background:#f0f2f6;border-radius:0.5rem;padding:0.9rem 1rem;margin:0;"
    "overflow-x:auto;font-family:'Source Code Pro',monospace;font-size:0.875rem;line-height:1.6;"
    "color:#31333f;white-space:pre}"
    ".code-html .k{color:#cf222e}.code-html .f{color:#8250df}.code-html .s{color:#0a3069}"
    ".code-html .n{color:#0550ae}.code-html .c{color:#6e7781;font-style:italic}</style>"
)


def _kind(tok: tokenize.TokenInfo, after: tokenize.TokenInfo | None) -> str:
    """The class of one token: k keyword, f a name called (followed by "("), s string, n number,
    c comment, "" the rest."""
    if tok.type == tokenize.NAME:
        if keyword.iskeyword(tok.string):
            return "k"
        return "f" if after is not None and after.string == "(" else ""
    return {tokenize.STRING: "s", tokenize.NUMBER: "n", tokenize.COMMENT: "c"}.get(tok.type, "")


def _spans(source: str) -> str:
    """The source with its tokens wrapped in <span class=…>; the text between tokens (spaces,
    line breaks) copied as it is. Raises tokenize.TokenError / SyntaxError on source Python cannot
    tokenize."""
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    at = lambda pos: offsets[pos[0] - 1] + pos[1]  # noqa: E731  (row, col) -> index in source
    toks = [t for t in tokenize.generate_tokens(io.StringIO(source).readline) if t.type != tokenize.ENDMARKER]
    out, end = [], 0
    for i, tok in enumerate(toks):
        start, stop = at(tok.start), at(tok.end)
        if start < end or not tok.string:  # DEDENT / NEWLINE at the very end: nothing to draw
            continue
        out.append(escape(source[end:start]))
        kind = _kind(tok, toks[i + 1] if i + 1 < len(toks) else None)
        text = escape(source[start:stop])
        out.append(f'<span class="{kind}">{text}</span>' if kind else text)
        end = stop
    out.append(escape(source[end:]))
    return "".join(out)


def python_html(source: str) -> str:
    """`source` as a coloured code block (HTML for st.html); plain if Python cannot tokenize it."""
    try:
        body = _spans(source)
    except (tokenize.TokenError, SyntaxError):
        body = escape(source)
    return f'{STYLE}<pre class="code-html"><code>{body}</code></pre>'
