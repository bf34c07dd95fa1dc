"""Shareable page state in the URL: typed parameters that parse, validate and print.

A link is hostile input. Every value is length-limited, parsed without eval, range-checked,
and anything malformed is reported so the page can fall back to its default and say so.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from explainer.formula import parse as parse_formula

MAX_RAW = 500  # characters; a longer value is refused unread


@dataclass(frozen=True)
class FloatParam:
    default: float
    lo: float
    hi: float

    def parse(self, raw: str) -> float:
        v = float(raw)  # float() never evaluates code; "nan", "inf" are caught below
        if not math.isfinite(v) or not self.lo <= v <= self.hi:
            raise ValueError(f"{raw!r} is outside {self.lo}..{self.hi}")
        return v

    def dump(self, v: float) -> str:
        return f"{float(v):.6g}"


@dataclass(frozen=True)
class IntParam:
    default: int
    lo: int
    hi: int

    def parse(self, raw: str) -> int:
        if not raw.strip().lstrip("+-").isdigit() or len(raw) > 12:
            raise ValueError(f"{raw!r} is not a whole number")
        v = int(raw)
        if not self.lo <= v <= self.hi:
            raise ValueError(f"{v} is outside {self.lo}..{self.hi}")
        return v

    def dump(self, v: int) -> str:
        return str(int(v))


@dataclass(frozen=True)
class ChoiceParam:
    default: str
    choices: tuple[str, ...]

    def parse(self, raw: str) -> str:
        if raw not in self.choices:
            raise ValueError(f"{raw!r} is not one of {self.choices}")
        return raw

    def dump(self, v: str) -> str:
        return str(v)


@dataclass(frozen=True)
class BoolParam:
    default: bool

    def parse(self, raw: str) -> bool:
        if raw not in ("0", "1"):
            raise ValueError(f"{raw!r} is not 0 or 1")
        return raw == "1"

    def dump(self, v: bool) -> str:
        return "1" if v else "0"


@dataclass(frozen=True)
class FloatListParam:
    """Comma-separated numbers, e.g. probabilities "0.37,0.5,0.13"."""

    default: tuple[float, ...]
    lo: float
    hi: float
    min_len: int = 1
    max_len: int = 1000

    def parse(self, raw: str) -> tuple[float, ...]:
        parts = raw.split(",")
        if not self.min_len <= len(parts) <= self.max_len:
            raise ValueError(f"expected {self.min_len}..{self.max_len} numbers")
        return tuple(FloatParam(0.0, self.lo, self.hi).parse(p) for p in parts)

    def dump(self, v: Sequence[float]) -> str:
        return ",".join(f"{float(x):.6g}" for x in v)


@dataclass(frozen=True)
class TextListParam:
    """Comma-separated short names, e.g. a class list "Cat,Dog,Other"."""

    default: tuple[str, ...]
    min_len: int = 1
    max_len: int = 50
    max_item: int = 40  # characters per name

    def parse(self, raw: str) -> tuple[str, ...]:
        parts = tuple(p.strip() for p in raw.split(","))
        if not self.min_len <= len(parts) <= self.max_len:
            raise ValueError(f"expected {self.min_len}..{self.max_len} names")
        if any(not p or len(p) > self.max_item or not p.isprintable() for p in parts):
            raise ValueError("a name is empty, too long or has control characters")
        if len(set(parts)) != len(parts):
            raise ValueError("a name appears twice")
        return parts

    def dump(self, v: Sequence[str]) -> str:
        return ",".join(v)


@dataclass(frozen=True)
class GridParam:
    """A number that must sit on a fixed grid (a select slider's options); "0.1" -> 0.1."""

    default: float
    grid: tuple[float, ...]

    def parse(self, raw: str) -> float:
        v = float(raw)  # float() never evaluates code
        for g in self.grid:
            if math.isclose(v, g, rel_tol=1e-9):
                return g
        raise ValueError(f"{raw!r} is not one of the values on the slider")

    def dump(self, v: float) -> str:
        return f"{float(v):g}"


@dataclass(frozen=True)
class FormulaParam:
    """A loss formula in the URL (?f=w**2): length-limited, parsed by explainer.formula.parse
    (a whitelist parser), never evaluated from text."""

    default: str

    def parse(self, raw: str) -> str:
        parse_formula(raw)  # raises FormulaError (a ValueError) when the link's formula is refused
        return raw

    def dump(self, v: str) -> str:
        return str(v)


Param = (
    FloatParam
    | IntParam
    | ChoiceParam
    | BoolParam
    | FloatListParam
    | TextListParam
    | GridParam
    | FormulaParam
)


def parse_query(query: Mapping[str, Any], specs: Mapping[str, Param]) -> tuple[dict[str, Any], list[str]]:
    """Read the parameters named in `specs` from a query mapping.

    `query` maps a name to a string or a list of strings (a key repeated in the URL; the
    last one counts, as in Streamlit). Returns (values found valid, names found invalid);
    names absent from the query appear in neither. Unknown keys are ignored.
    """
    values: dict[str, Any] = {}
    bad: list[str] = []
    for name, spec in specs.items():
        if name not in query:
            continue
        raw = query[name]
        if isinstance(raw, (list, tuple)):
            raw = raw[-1] if raw else ""
        try:
            if not isinstance(raw, str) or len(raw) > MAX_RAW:
                raise ValueError("too long or not text")
            values[name] = spec.parse(raw)
        except (ValueError, OverflowError):
            bad.append(name)
    return values, bad


def dump_changed(values: Mapping[str, Any], specs: Mapping[str, Param]) -> dict[str, str]:
    """The URL form of every value that differs from its default (defaults stay out of the URL)."""
    out = {}
    for name, spec in specs.items():
        if name in values and spec.dump(values[name]) != spec.dump(spec.default):
            out[name] = spec.dump(values[name])
    return out
