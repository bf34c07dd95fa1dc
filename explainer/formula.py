"""A learner's own loss curve, typed as a formula of w, parsed safely.

    "w**2/4 + sin(2*w)"  ->  L(w) = w^2 / 4 + sin(2w),  slope by central differences:
    L'(w) ~ (L(w + h) - L(w - h)) / 2h,  h = 1e-5 * max(1, |w|)

Nothing is eval'd or compiled: the text is read by Python's `ast` parser and the tree is
walked against a whitelist (numbers, w, pi, e, + - * / ** and unary minus, and one-argument
calls of sin cos tan exp log sqrt abs tanh). Every other construct raises FormulaError with
a `code` (for a translated message), the 0-based character `offset` in the learner's text
where it went wrong, and `detail` fields such as the bad name. The accepted tree is turned
into nested numpy closures, so the curve is evaluated on a whole array of w at once.
Friendly input: ^ means power, and full-width or typographic symbols (（）×−÷²³) are accepted.
"""

from __future__ import annotations

import ast
import operator
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from explainer.curves import DOMAIN, Curve

MAX_LEN = 120  # characters a formula may have
MAX_CONST = 1e6  # largest number literal
MAX_EXP = 10  # largest |constant exponent| in a ** b
MAX_DEPTH = 40  # nesting depth of the expression tree
FUNCS: dict[str, Callable] = {
    "sin": np.sin,
    "cos": np.cos,
    "tan": np.tan,
    "exp": np.exp,
    "log": np.log,
    "sqrt": np.sqrt,
    "abs": np.abs,
    "tanh": np.tanh,
}
CONSTS = {"pi": np.pi, "e": np.e}
# Python operators on float64 values follow numpy's rules (inf/NaN, never an exception) and are far
# faster than ufunc calls on single numbers; constants are np.float64 so even "1/0" stays numpy.
_BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
           ast.Pow: operator.pow}  # fmt: skip
_SWAPS = {"^": "**", "²": "**2", "³": "**3", "×": "*", "·": "*", "÷": "/", "−": "-", "\u3000": " "}
Fn = Callable[[np.ndarray], np.ndarray]
_OP_TEXT = {
    "Mod": "%", "FloorDiv": "//", "MatMult": "@", "BitAnd": "&", "BitOr": "|", "BitXor": "^", "LShift": "<<",
    "RShift": ">>", "Invert": "~", "Not": "not", "And": "and", "Or": "or", "Eq": "==", "NotEq": "!=", "Lt": "<",
    "LtE": "<=", "Gt": ">", "GtE": ">=", "Is": "is", "IsNot": "is not", "In": "in", "NotIn": "not in",
}  # fmt: skip


class FormulaError(ValueError):
    """A formula was refused. code names the reason, offset is where (0-based, in the learner's text)."""

    def __init__(self, code: str, offset: int = 0, **detail):
        self.code = code
        self.offset = max(0, int(offset))
        self.detail = {k: str(v) for k, v in detail.items()}
        extra = ", ".join(f"{k}={v}" for k, v in self.detail.items())
        super().__init__(f"{code} at column {self.offset + 1}" + (f" ({extra})" if extra else ""))


@dataclass(frozen=True)
class Formula:
    text: str  # exactly what the learner typed
    fn: Fn  # L(w), vectorised

    def loss(self, w) -> np.ndarray:
        """L(w) for a number (a float64 comes back) or an array (an array of the same shape)."""
        with np.errstate(all="ignore"):
            if isinstance(w, (float, int, np.floating)):
                return np.float64(self.fn(np.float64(w)))  # fast path for one weight
            w = np.asarray(w, dtype=np.float64)
            return np.asarray(self.fn(w), dtype=np.float64) + np.zeros_like(w)

    def slope(self, w) -> np.ndarray:
        """Central difference (L(w + h) - L(w - h)) / 2h with h = 1e-5 * max(1, |w|)."""
        with np.errstate(all="ignore"):
            if isinstance(w, (float, int, np.floating)):
                w = np.float64(w)
                h = 1e-5 * max(1.0, abs(w))
                return (self.fn(w + h) - self.fn(w - h)) / (2.0 * h) + np.float64(0.0)
            w = np.asarray(w, dtype=np.float64)
            h = 1e-5 * np.maximum(1.0, np.abs(w))
            return (self.loss(w + h) - self.loss(w - h)) / (2.0 * h)

    def curve(self) -> Curve:
        return Curve("formula", self.loss, self.slope)


def _normalise(text: str) -> tuple[str, list[int]]:
    """Friendly symbols -> Python, and for each source character the offset it came from."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if 0xFF01 <= ord(ch) <= 0xFF5E:  # full-width ASCII, as typed by a Chinese input method
            ch = chr(ord(ch) - 0xFEE0)
        rep = _SWAPS.get(ch, ch)
        out.append(rep)
        origin.extend([i] * len(rep))
    origin.append(len(text))
    return "".join(out), origin


def parse(text) -> Formula:
    """Check and compile a formula of w. Raises FormulaError (a ValueError) and nothing else."""
    if not isinstance(text, str) or not text.strip():
        raise FormulaError("empty", 0)
    if len(text) > MAX_LEN:
        raise FormulaError("too_long", MAX_LEN, limit=MAX_LEN, length=len(text))
    for i, ch in enumerate(text):
        if not ch.isprintable() and ch != "\u3000":
            raise FormulaError("char", i, char=f"U+{ord(ch):04X}")
    src, origin = _normalise(text)
    lead = len(src) - len(src.lstrip())
    body = src.strip()

    def at(char_offset: int) -> int:  # position in `body` -> position in the learner's text
        return origin[min(max(char_offset + lead, 0), len(origin) - 1)]

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(body, mode="eval")
    except SyntaxError as exc:
        gap = _missing_times(body)
        if gap is not None:
            raise FormulaError("implicit_mul", at(gap)) from None
        raise FormulaError("syntax", at((exc.offset or 1) - 1)) from None
    except (ValueError, RecursionError, MemoryError):
        raise FormulaError("too_deep", 0) from None
    walker = _Walker(body, at)
    try:
        fn = walker.build(tree.body, 0)
    except RecursionError:
        raise FormulaError("too_deep", 0) from None
    if not walker.uses_w:
        raise FormulaError("no_w", 0)
    formula = Formula(text, fn)
    w = np.linspace(*DOMAIN, 201)  # (201,)
    if not np.any(np.isfinite(formula.loss(w))):
        raise FormulaError("no_finite", 0, lo=DOMAIN[0], hi=DOMAIN[1])
    return formula


def _missing_times(body: str) -> int | None:
    """Where a number runs straight into a name or "(" ("2w", "3(w+1)"), as learners write on paper."""
    for m in re.finditer(r"(?<![A-Za-z_])\d\.?([A-Za-z_(])", body):
        i = m.start(1)
        if body[i] in "eE" and re.match(r"[eE][+-]?\d", body[i:]):
            continue  # 1e5 is a number
        return i
    return None


class _Walker:
    """Turn a whitelisted ast tree into numpy closures; refuse everything else, saying where."""

    def __init__(self, body: str, at: Callable[[int], int]):
        self.body = body
        self.raw = body.encode("utf-8")
        self.at = at
        self.uses_w = False

    def where(self, node: ast.AST) -> int:
        col = getattr(node, "col_offset", 0) or 0  # ast offsets count UTF-8 bytes
        return self.at(len(self.raw[:col].decode("utf-8", errors="ignore")))

    def fail(self, code: str, node: ast.AST, **detail):
        raise FormulaError(code, self.where(node), **detail)

    def build(self, node: ast.AST, depth: int) -> Fn:
        if depth > MAX_DEPTH:
            self.fail("too_deep", node)
        if isinstance(node, ast.Constant):
            return self.constant(node)
        if isinstance(node, ast.Name):
            return self.name(node)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            inner = self.build(node.operand, depth + 1)
            return (lambda w: -inner(w)) if isinstance(node.op, ast.USub) else inner
        if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
            return self.binop(node, depth)
        if isinstance(node, ast.Call):
            return self.call(node, depth)
        self.refuse(node)
        raise AssertionError("unreachable")  # refuse() always raises

    def refuse(self, node: ast.AST):
        if isinstance(node, ast.Attribute):
            self.fail("attribute", node, name=node.attr)
        if isinstance(node, ast.Lambda):
            self.fail("lambda", node)
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            self.fail("comprehension", node)
        if isinstance(node, (ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare)):
            op = node.ops[0] if isinstance(node, ast.Compare) else node.op
            self.fail("operator", node, op=_OP_TEXT.get(type(op).__name__, "?"))
        self.fail("construct", node, snippet=self.snippet(node))

    def snippet(self, node: ast.AST) -> str:
        """The learner's text of `node`, short and safe to show inside a code span."""
        text = ast.get_source_segment(self.body, node) or "?"
        text = text.replace("`", "'")
        return text if len(text) <= 24 else text[:23] + "…"

    def constant(self, node: ast.Constant) -> Fn:
        v = node.value
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            self.fail("construct", node, snippet=self.snippet(node))
        if not abs(v) <= MAX_CONST:  # also catches inf from a literal like 1e999
            self.fail("constant", node, limit=f"{MAX_CONST:g}")
        value = np.float64(v)
        return lambda w: value

    def name(self, node: ast.Name) -> Fn:
        if node.id == "w":
            self.uses_w = True
            return lambda w: w
        if node.id in CONSTS:
            value = np.float64(CONSTS[node.id])
            return lambda w: value
        if node.id in FUNCS:
            self.fail("call_form", node, name=node.id)
        self.fail("name", node, name=node.id[:20])
        raise AssertionError("unreachable")

    def binop(self, node: ast.BinOp, depth: int) -> Fn:
        left = self.build(node.left, depth + 1)
        uses_before = self.uses_w
        self.uses_w = False
        right = self.build(node.right, depth + 1)
        right_has_w = self.uses_w
        self.uses_w = uses_before or right_has_w
        op = _BINOPS[type(node.op)]
        if isinstance(node.op, ast.Pow) and not right_has_w:
            with np.errstate(all="ignore"):
                p = float(np.asarray(right(np.zeros(1))).ravel()[0])  # a constant exponent
            if not abs(p) <= MAX_EXP:
                self.fail("exponent", node.right, limit=MAX_EXP)
        return lambda w: op(left(w), right(w))

    def call(self, node: ast.Call, depth: int) -> Fn:
        if not isinstance(node.func, ast.Name):
            if isinstance(node.func, (ast.Constant, ast.BinOp, ast.UnaryOp, ast.Call)):
                # "(w+1)(w-1)" or "2(w)": a product written without *
                end = len(self.raw[: node.func.end_col_offset or 0].decode("utf-8", errors="ignore"))
                raise FormulaError("implicit_mul", self.at(end))
            self.refuse(node.func)
        name = node.func.id
        if name not in FUNCS:
            self.fail("function", node, name=name[:20])
        if len(node.args) != 1 or node.keywords or isinstance(node.args[0], ast.Starred):
            self.fail("call_form", node, name=name)
        inner = self.build(node.args[0], depth + 1)
        f = FUNCS[name]
        return lambda w: f(inner(w))


def defined_ranges(curve: Curve, n: int = 401) -> list[tuple[float, float]]:
    """The intervals of the curve's domain where L(w) and L'(w) are both finite numbers, found on
    n evenly spaced weights; each as (first, last) defined weight, left to right.

    log(w) on [-5, 5] -> [(0.025, 5.0)]; 1/w -> [(-5.0, -0.025), (0.025, 5.0)].
    """
    w = np.linspace(*curve.domain, n)  # (n,)
    with np.errstate(all="ignore"):
        ok = np.isfinite(curve.loss(w)) & np.isfinite(curve.slope(w))  # (n,)
    out: list[tuple[float, float]] = []
    start = None
    for i, good in enumerate(ok):
        if good and start is None:
            start = i
        if start is not None and (not good or i == n - 1):
            end = i if good else i - 1
            out.append((float(w[start]), float(w[end])))
            start = None
    return out


def check_start(curve: Curve, start: float) -> None:
    """Raise FormulaError("undefined_start") unless L and L' are finite numbers at the start.

    Its detail names the start `w` and the defined interval nearest to it, from `a` to `b`, so
    the learner can be told where to start instead ("log(w) is not defined at w = -1; it is
    defined from 0.025 to 5"). A curve defined nowhere on its domain raises "no_finite".
    """
    with np.errstate(all="ignore"):
        fine = np.isfinite(curve.loss(np.float64(start))) and np.isfinite(curve.slope(np.float64(start)))
    if fine:
        return
    ranges = defined_ranges(curve)
    if not ranges:
        raise FormulaError("no_finite", 0, lo=curve.domain[0], hi=curve.domain[1])
    a, b = min(
        ranges, key=lambda r: 0.0 if r[0] <= start <= r[1] else min(abs(start - r[0]), abs(start - r[1]))
    )
    raise FormulaError("undefined_start", 0, w=f"{start:g}", a=f"{a:g}", b=f"{b:g}")
