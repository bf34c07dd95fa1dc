"""How readable a text colour is on a background: WCAG 2 contrast.

    relative luminance L = 0.2126 R + 0.7152 G + 0.0722 B, each channel linearised:
        c = v / 255;  c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    contrast = (L_lighter + 0.05) / (L_darker + 0.05)   from 1 (none) to 21 (black on white)

WCAG AA asks 4.5 : 1 for text; the HTML figures (the loop diagram, the confusion table) and
the projector checks (tests/e2e/deck.py) use that bar.
"""

from __future__ import annotations

import numpy as np

AA = 4.5  # WCAG AA, normal text


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """'#rrggbb' -> (r, g, b) in 0..255."""
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


def luminance(colour) -> float:
    """WCAG relative luminance of an (r, g, b) colour in 0..255, or of '#rrggbb'."""
    c = np.asarray(rgb(colour) if isinstance(colour, str) else colour, dtype=float) / 255
    lin = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return float(lin @ [0.2126, 0.7152, 0.0722])


def contrast(a, b) -> float:
    """WCAG contrast ratio of two colours ((r, g, b) or '#rrggbb')."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
