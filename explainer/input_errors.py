"""InputError: bad learner input, named by a code that a page turns into a catalog message."""

from __future__ import annotations


class InputError(ValueError):
    """`code` names the problem ("duplicate", "missing_value", …); `detail` is the offending
    text or row number, or "" (pages put it into the message)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
