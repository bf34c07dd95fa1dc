"""Cached content of the one-hot page, shared by every session (see ui/shared_cache.py).

Everything the page shows follows from the language, the class list and the two typed
texts, so each step's content is built once per (language, classes[, text]) and a rerun
only sends it. Tables are HTML (explainer/figures/html_table.py): a page of small read-only
tables need not load Streamlit's data grid in the learner's browser, nor pandas on the server
(benchmarks/RESULTS.md). Messages are (kind, text) pairs in the order the step shows them.

Never change what is returned from here: it is shared.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

import catalog
from explainer.class_list import label_file_text, parse_vector, split_labels, unknown_labels, vector_text
from explainer.encoding import decode, has_single_max, integer_encode, one_hot
from explainer.figures.html_table import html_table
from explainer.figures.one_hot import number_line_html
from explainer.input_errors import InputError
from explainer.prob_inputs import problems
from explainer.why_one_hot import integer_distances, midpoint, one_hot_distances
from ui.safe_text import md_literal, md_literals
from ui.shared_cache import cached


def _texts(lang: str):
    return lambda key, **fields: catalog.text(key, lang, **fields)


def _table(columns: dict[str, Sequence], rows: Sequence[str] = (), fmt: str = "{}", fit: bool = False) -> str:
    """An HTML table of `columns` (header -> values, each written with `fmt`), the class names
    `rows` (if given) down its first column, which has no header. Names align left; `fit`: as
    wide as its cells."""
    cells = {"": [str(r) for r in rows]} if len(rows) else {}
    cells |= {h: [fmt.format(v) for v in col] for h, col in columns.items()}
    words = [h for h, col in columns.items() if col and isinstance(col[0], str)]
    return html_table(cells, left=("", *words), fit=fit)


def _matrix(values, rows: Sequence[str], columns: Sequence[str], fmt: str = "{}") -> str:
    """A (len(rows), len(columns)) array as a table, rows and columns named."""
    return _table({c: [v.item() for v in values[:, j]] for j, c in enumerate(columns)}, rows, fmt)


def say(lang: str, e: InputError, prefix: str = "one_hot.err.") -> str:
    return catalog.text(prefix + e.code, lang, detail=md_literal(e.detail))


@cached(128)
def encodings_view(lang: str, names: tuple) -> MappingProxyType:
    """The label file (as a table and as text) and the table of integer codes and one-hot vectors."""
    tx = _texts(lang)
    k = len(names)
    header = (tx("one_hot.col.label"), tx("one_hot.col.description"))
    vectors = one_hot(range(k), k).astype(int)  # (k, k)
    table = {unused_header(tx("one_hot.col.code"), names): list(range(k))}
    table |= {name: vectors[:, j].tolist() for j, name in enumerate(names)}
    return MappingProxyType(
        {
            "intro": tx("one_hot.enc.intro", n=k),
            "label_table": _table({header[0]: list(range(k)), header[1]: list(names)}),
            "label_file": label_file_text(names, header),
            "one_hot_table": _table(table, names),
        }
    )


def unused_header(header: str, names: tuple) -> str:
    """`header`, marked with "#" until no class has that name (a class may be called "Integer code")."""
    while header in names:
        header += " #"
    return header


@cached(256)
def sequence_view(lang: str, names: tuple, text: str) -> MappingProxyType:
    """The typed labels encoded both ways, or what is wrong with them.

    "messages": (kind, text) to show first; "stop": nothing more to show after them;
    else "ints" and "vectors" tables and the "arrays" caption.
    """
    tx = _texts(lang)
    k = len(names)
    try:
        labels = split_labels(text)
    except InputError as e:
        return MappingProxyType({"messages": (("error", say(lang, e)),), "stop": True})
    messages = []
    unknown = unknown_labels(labels, names)
    if unknown:
        messages.append(
            ("error", tx("one_hot.err.unknown", labels=md_literals(unknown), classes=md_literals(names)))
        )
        labels = [x for x in labels if x not in unknown]
    if not labels:
        messages.append(("info", tx("one_hot.seq.empty")))
        return MappingProxyType({"messages": tuple(messages), "stop": True})
    codes = integer_encode(labels, names)  # (n,)
    vectors = one_hot(codes, k).astype(int)  # (n, k)
    ints = {tx("one_hot.col.label_name"): labels, tx("one_hot.col.code"): codes.tolist()}
    return MappingProxyType(
        {
            "messages": tuple(messages),
            "stop": False,
            "ints": _table(ints),
            "vectors": _matrix(vectors, labels, names),
            "arrays": tx("one_hot.seq.arrays", codes=vector_text(codes), n=len(labels), k=k),
        }
    )


@cached(256)
def image_label(lang: str, names: tuple, truth: int | None) -> tuple[tuple[str, str], ...]:
    """What the "your image" box says: (kind, text) pairs, kind "markdown", "info" or "warning".
    The picture's class is the built-in
    network's class `truth` (cat, dog, other: the page's default names, in its order); its
    integer code and one-hot vector are those of that name in the class list `names`."""
    tx = _texts(lang)
    if truth is None:
        return (("info", tx("one_hot.image.say")),)
    name = tx("one_hot.default_classes").split(",")[truth]
    if name not in names:
        return (("warning", tx("one_hot.image.missing", name=md_literal(name), classes=md_literals(names))),)
    code = int(integer_encode([name], list(names))[0])
    vector = vector_text(one_hot([code], len(names))[0])
    return (("markdown", tx("one_hot.image.label", name=md_literal(name), code=code, vector=vector)),)


@cached(256)
def decode_messages(lang: str, names: tuple, text: str) -> tuple[tuple[str, str], ...]:
    """What the decode step says about a typed vector: (kind, text) pairs, kind one of
    "error", "warning", "success", "info". The class is the position of the single maximum."""
    tx = _texts(lang)
    k = len(names)
    try:
        v = parse_vector(text)  # (k,)
    except InputError as e:
        return (("error", say(lang, e)),)
    if v.size != k:
        return (("error", tx("one_hot.err.length", got=v.size, k=k, classes=md_literals(names))),)
    if not has_single_max(v):
        tied = [n for n, x in zip(names, v, strict=True) if x == v.max()]
        return (("warning", tx("one_hot.err.tie", classes=md_literals(tied))),)
    label = decode(v, list(names))[0]
    out = [("success", tx("one_hot.dec.result", label=md_literal(label), i=names.index(label)))]
    if problems(v):
        out.append(("info", tx("one_hot.dec.not_probs")))
    return tuple(out)


@cached(128)
def why_view(lang: str, names: tuple) -> MappingProxyType:
    """The number line of integer codes, the texts around it and both distance tables (k >= 3)."""
    tx = _texts(lang)
    k = len(names)
    m = midpoint(names, 0, 2)
    e = one_hot(range(k), k)
    line = number_line_html(
        names, 0, 2, tx("one_hot.why.axis"), tx("one_hot.why.average")
    )  # escapes the names
    cols = list(names)
    return MappingProxyType(
        {
            "int": tx(
                "one_hot.why.int",
                a=md_literal(names[0]),
                b=md_literal(names[2]),
                mid=md_literal(m.code_class),
            ),
            "line": line,
            "vec": tx(
                "one_hot.why.vec",
                a=md_literal(names[0]),
                b=md_literal(names[2]),
                ea=vector_text(e[0]),
                eb=vector_text(e[2]),
                avg=vector_text(m.vector),
                mid=md_literal(names[1]),
            ),
            "int_dist": _matrix(integer_distances(k), cols, cols, "{:g}"),
            "one_hot_dist": _matrix(one_hot_distances(k), cols, cols, "{:.3f}"),
        }
    )


def rotated(names) -> list[str]:
    """The first class moved to the end: every class changes position, so every vector changes."""
    names = list(names)
    return names[1:] + names[:1]


@cached(128)
def order_view(lang: str, names: tuple) -> MappingProxyType:
    """Every class's vector now and in the rotated order, side by side."""
    tx = _texts(lang)
    k = len(names)
    other_order = rotated(names)
    now = one_hot(range(k), k)
    then = one_hot(integer_encode(list(names), other_order), k)
    table = {
        tx("one_hot.order.now"): [vector_text(r) for r in now],
        tx("one_hot.order.rotated"): [vector_text(r) for r in then],
    }
    return MappingProxyType(
        {
            "intro": tx("one_hot.order.intro", order=md_literals(other_order)),
            "table": _table(table, names, fit=True),
        }
    )
