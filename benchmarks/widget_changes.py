"""How a simulated student changes a widget: a new value for it, chosen like a student would.

Split from benchmarks/stclient.py (the protocol); the load profiles pick the widgets.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from streamlit.proto.WidgetStates_pb2 import WidgetState


@dataclass
class Widget:
    kind: str  # element type: "slider", "button", ...
    proto: object  # the element's widget proto (Slider, Button, ...)
    fragment_id: str = ""  # the st.fragment that drew it ("" outside fragments)


def widget_change(w: Widget, rng: random.Random) -> WidgetState | None:
    """A new value for a widget, chosen like a student would (None: not changeable)."""
    p = w.proto
    if getattr(p, "disabled", False):
        return None
    st = WidgetState(id=p.id)
    if w.kind == "slider" and len(p.options):  # st.select_slider: option labels, as strings
        picks = sorted(rng.sample(range(len(p.options)), min(max(1, len(p.default)), len(p.options))))
        st.string_array_value.data.extend(p.options[i] for i in picks)
    elif w.kind == "slider":
        if p.data_type not in (0, 1) or p.max <= p.min:
            return None
        n = max(1, len(p.default))
        steps = int(round((p.max - p.min) / p.step)) if p.step > 0 else 100
        vals = sorted(p.min + rng.randint(0, steps) * (p.step or (p.max - p.min) / 100) for _ in range(n))
        if p.data_type == 0:
            vals = [float(round(v)) for v in vals]
        st.double_array_value.data.extend(min(p.max, v) for v in vals)
    elif w.kind == "checkbox":
        st.bool_value = not (p.value if p.set_value else p.default)
    elif w.kind in ("radio", "selectbox"):
        if not p.options:
            return None
        st.string_value = rng.choice(list(p.options))
    elif w.kind == "number_input":
        lo = p.min if p.has_min else p.default - 10 * (p.step or 1)
        hi = p.max if p.has_max else p.default + 10 * (p.step or 1)
        v = lo + rng.random() * (hi - lo)
        st.double_value = float(round(v)) if p.data_type == 0 else v  # ints travel as doubles
    elif w.kind == "button":
        st.trigger_value = True
    else:
        return None
    return st
