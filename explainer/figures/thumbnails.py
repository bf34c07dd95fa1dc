"""A row of small pictures with a caption under each, as HTML.

For the image chooser's gallery: eight thumbnails as one HTML element cost the browser less than
eight Streamlit image elements (each with its own toolbar and layout): the inputs page, whose
first step shows the gallery, opened ~0.1 s sooner without them (benchmarks/RESULTS.md).
Pictures are given as data: URIs (ui/pictures.py); captions are escaped text.
"""

from __future__ import annotations

from html import escape

_STYLE = (
    "<style>.th-strip{display:flex;flex-wrap:wrap;gap:0.6rem;margin:0.2rem 0 0.4rem}"
    ".th-strip figure{margin:0;text-align:center}"
    ".th-strip img{display:block;border-radius:0.25rem}"
    ".th-strip figcaption{font-size:0.8rem;color:#555;margin-top:0.15rem}</style>"
)


def strip_html(uris: list[str], captions: list[str], width: int) -> str:
    """A wrapping row of pictures `width` px wide, each with its caption below (and as alt text)."""
    if len(uris) != len(captions):
        raise ValueError("one caption per picture")
    for uri in uris:
        if not uri.startswith("data:image/"):
            raise ValueError("pictures are data:image/ URIs")
    figures = "".join(
        f'<figure><img src="{escape(u)}" width="{int(width)}" alt="{escape(c)}"><figcaption>{escape(c)}</figcaption></figure>'
        for u, c in zip(uris, captions, strict=True)
    )
    return f'{_STYLE}<div class="th-strip">{figures}</div>'
