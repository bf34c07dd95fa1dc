"""One helper maps a page's shareable parameters to and from the URL (house rule 8).

    values = urlstate.bind("loss", {"p": FloatListParam(...), "cls": ChoiceParam(...)})
    st.slider(..., key=urlstate.key("loss", "lr"), disabled=urlstate.locked("lr"))

Each parameter's widget key is "<page>.<name>". On a widget's first appearance in a session
its value comes from the URL when the URL holds a valid one, else from what the learner
chose earlier in this session, else the default. Afterwards the widget leads and the URL
follows it, so a copied link reopens the same view. Invalid URL values fall back to the
default with a short notice. Pages never parse st.query_params themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import streamlit as st

from ui.i18n import t
from ui.urlparams import Param, dump_changed, parse_query

STEP, ALL = "step", "all"  # ?step=3: the first three steps show; ?step=all: every step
_KEEP = "_url_keep"  # session copy that survives widget clean-up when the learner changes page


def key(page_id: str, name: str) -> str:
    """The session_state / widget key of a page parameter."""
    return f"{page_id}.{name}"


def bind(page_id: str, specs: Mapping[str, Param]) -> dict[str, Any]:
    """Initialise each parameter's widget state, then mirror the current values into the URL.

    Returns {name: current value}. Call it before drawing the widgets.
    """
    keep: dict[str, Any] = st.session_state.setdefault(_KEEP, {})
    from_url, bad = parse_query(st.query_params.to_dict(), specs)
    fresh = {name for name in specs if key(page_id, name) not in st.session_state}
    bad = [name for name in bad if name in fresh]  # only a link's value is the link's fault
    for name, spec in specs.items():
        k = key(page_id, name)
        if k in st.session_state:
            continue
        if name in from_url:
            st.session_state[k] = from_url[name]
        elif k in keep:
            st.session_state[k] = keep[k]
        else:
            st.session_state[k] = spec.default
    if bad and not st.session_state.get(f"_url_warned.{page_id}"):
        st.session_state[f"_url_warned.{page_id}"] = True
        st.warning(t("app.url_reset", names=", ".join(bad)), icon=":material/link_off:")
    values = {name: st.session_state[key(page_id, name)] for name in specs}
    keep.update({key(page_id, n): v for n, v in values.items()})
    write(specs, values)
    return values


def write(specs: Mapping[str, Param], values: Mapping[str, Any]) -> None:
    """Put the non-default values in the URL and drop parameters that are back at default."""
    changed = dump_changed(values, specs)
    for name, spec in specs.items():
        if name in changed and not _valid(spec, changed[name]):
            del changed[name]  # e.g. a formula still being typed: a link must not carry it
    for name in specs:
        if name in changed:
            if st.query_params.get(name) != changed[name]:
                st.query_params[name] = changed[name]
        elif name in st.query_params:
            del st.query_params[name]


def _valid(spec: Param, raw: str) -> bool:
    try:
        spec.parse(raw)
    except (ValueError, OverflowError):
        return False
    return True


def locked(name: str) -> bool:
    """True when the teacher's link locks this control (?lock=lr,start)."""
    return name in st.session_state.get("_locked", frozenset())


def init_lock() -> None:
    """Read ?lock= once per session and keep it in the URL across page switches."""
    raw = st.query_params.get("lock")
    if raw is not None and len(raw) <= 500:
        names = {n.strip() for n in raw.split(",") if n.strip().isidentifier()}
        st.session_state["_locked"] = frozenset(names)
    names = st.session_state.get("_locked")
    if names and st.query_params.get("lock") is None:
        st.query_params["lock"] = ",".join(sorted(names))


def step_from_url(raw: str, n: int, last: str) -> int | None:
    """A ?step= value as a step number of n: "1".."999" (capped at n), `last` ("all" here,
    "last" in lecture mode) = n; None for anything else. Shared by both modes."""
    if raw == last:
        return n
    if raw.isdigit() and len(raw) <= 3 and int(raw) >= 1:
        return min(int(raw), n)
    return None
