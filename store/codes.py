"""Class codes: short, easy to read off a projected slide and to type on a phone.

Five characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B): 23^5 is
about 6.4 million codes, so a fresh random code almost never meets one of the few open
classes; the store retries when it does. Typed codes are matched without case or spaces.
"""

from __future__ import annotations

import secrets

ALPHABET = "ACDEFGHJKMNPQRTUVWXY349"
CODE_LENGTH = 5


def new_code() -> str:
    """A random class code, e.g. 'K4RTX'."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(code: str) -> str:
    """What a student typed, as the store keeps it: upper case, without spaces or dashes."""
    return "".join(ch for ch in str(code).upper() if ch not in " -\t")


def is_valid_code(code: str) -> bool:
    """True if `code` (already normalized) could be a class code."""
    return len(code) == CODE_LENGTH and all(ch in ALPHABET for ch in code)
