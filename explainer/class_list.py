"""A class list a learner edits: validation, reordering, the label file, and typed input.

The class list fixes the encoding: class i has integer code i and one-hot vector e_i.
Problems are reported as InputError codes so a page can show them in the user's language.
"""

from __future__ import annotations

import math
import re

import numpy as np

from explainer.input_errors import InputError

MAX_CLASSES = 20  # a class list longer than this stops being readable on one screen
MAX_NAME = 40  # characters per class name (the URL parameter's limit too)
MAX_ITEMS = 200  # labels or vector entries typed in one box
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet cell starting so is a formula
_SEPARATORS = re.compile(r"[,，、;；\n]+")  # ASCII and Chinese commas, semicolons, new lines


def clean_names(values) -> list[str]:
    """Cells of an edited table column -> stripped strings; None and NaN become ""."""
    out = []
    for v in values:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            out.append("")
        else:
            out.append(str(v).strip())
    return out


def check_classes(names) -> None:
    """Raise InputError("no_classes" | "empty_name" | "too_many" | "too_long" | "bad_char" | "duplicate")."""
    names = list(names)
    if not names:
        raise InputError("no_classes")
    if len(names) > MAX_CLASSES:
        raise InputError("too_many", str(MAX_CLASSES))
    seen: set[str] = set()
    for n in names:
        if not n:
            raise InputError("empty_name")
        if len(n) > MAX_NAME:
            raise InputError("too_long", n[:MAX_NAME] + "…")
        if not n.isprintable() or "," in n:  # a comma would split the name in a URL or label list
            raise InputError("bad_char", n)
        if n in seen:
            raise InputError("duplicate", n)
        seen.add(n)


def move(names, i: int, step: int) -> list[str]:
    """The list with item i moved `step` places (-1 = up, +1 = down); clamped at the ends."""
    out = list(names)
    j = min(max(i + step, 0), len(out) - 1)
    out.insert(j, out.pop(i))
    return out


def spreadsheet_cell(text) -> str:
    """`text` as a cell a spreadsheet shows as text: prefixed with ' if it starts with = + - @ tab or CR.

    OWASP's CSV-injection rule: a spreadsheet runs a cell starting with one of FORMULA_START as a
    formula (=HYPERLINK(...), @SUM(...)); the leading quote makes it plain text. Other cells are
    returned as they are.
    """
    s = str(text)
    return "'" + s if s.startswith(FORMULA_START) else s


def _tsv_field(cell: str) -> str:
    """A cell holding a tab or a line break, or starting with a double quote, put in double quotes
    (inner quotes doubled); any other cell as it is (a quote inside a cell is read literally)."""
    if cell.startswith('"') or any(c in cell for c in "\t\n\r"):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def label_file_text(classes, header: tuple[str, str]) -> str:
    """The class map as a tab-separated label file: a header, then "i<TAB>name" per class.

    Every cell goes through spreadsheet_cell, then _tsv_field: a tab or line break inside a name
    is written in double quotes, so it stays one cell of one row in a spreadsheet.
    """
    rows = [header] + [(i, name) for i, name in enumerate(classes)]
    lines = ["\t".join(_tsv_field(spreadsheet_cell(c)) for c in row) for row in rows]
    return "\n".join(lines) + "\n"


def split_labels(text: str) -> list[str]:
    """ "Dog, Cat，Other" -> ["Dog", "Cat", "Other"]: split on commas, 、, semicolons and new lines."""
    items = [s.strip() for s in _SEPARATORS.split(text or "")]
    items = [s for s in items if s]
    if len(items) > MAX_ITEMS:
        raise InputError("too_many_items", str(MAX_ITEMS))
    return items


def unknown_labels(labels, classes) -> list[str]:
    """The labels that are not class names, each once, in the order typed."""
    known = set(classes)
    out: list[str] = []
    for lab in labels:
        if lab not in known and lab not in out:
            out.append(lab)
    return out


def parse_vector(text: str) -> np.ndarray:
    """ "0.1, 0.7, 0.2" -> array([0.1, 0.7, 0.2]); spaces also separate. float() only, no eval."""
    parts = [p for p in re.split(r"[\s,，、;；]+", (text or "").strip()) if p]
    if not parts:
        raise InputError("empty_vector")
    if len(parts) > MAX_ITEMS:
        raise InputError("too_many_items", str(MAX_ITEMS))
    values = []
    for p in parts:
        try:
            v = float(p)
        except ValueError:
            raise InputError("not_a_number", p[:20]) from None
        if not math.isfinite(v):
            raise InputError("not_a_number", p[:20])
        values.append(v)
    return np.asarray(values, dtype=np.float64)  # (k,)


def vector_text(v) -> str:
    """[1.0, 0.0, 0.0] -> "[1, 0, 0]"."""
    return "[" + ", ".join(f"{float(x):g}" for x in v) + "]"
