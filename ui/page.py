"""A page is an ordered list of steps (house rule 8).

    def intro(): ...            # one idea of the course each
    def calculator(): ...
    page.run("loss", [intro, calculator])

Normally the steps render one after another, revealed as the learner goes: a page opens
with its first step and a "Continue" button under it; each click adds the next step below
the ones already shown, and "Show all steps" opens the rest at once. How far the learner
got is in the URL (?step=3, or ?step=all), so a shared link reopens the same view. Why:
one idea at a time is easier on a beginner than a long page of controls, and a full rerun
only pays for the steps on screen (DESIGN budget: a rerun costs at most 3x a one-line page;
a full rerun of all seven steps of gradient-descent costs about 8x, its first step 1.9x;
see benchmarks/RESULTS.md). The home page (the course map) always shows everything.

In lecture mode (ui/present.py) one step is a slide, and ?step= is the slide; leaving
lecture mode keeps ?step=, so the page shows every step up to that slide. A step may have
catalog entries that lecture mode shows, keyed by the step function's name:
"<page>.<step>.notes" (speaker notes), "<page>.<step>.question" and "<page>.<step>.answer"
(predict, then reveal).

Each step is a fragment (st.fragment): moving a slider in one step reruns that step only,
not the whole page, so a learner with every step open pays for one step per click (at most
2.5x a one-line page; benchmarks/bench_pages.py). A widget
whose value other steps read must say so, or those steps would keep showing the old value:
give it `on_change=page_wide()` (or `page_wide(callback)` around its own callback), and a
change of it reruns the whole page instead. When the steps that read it follow one another,
mark them `@together("name")` instead: shown one after another they run as one fragment, so
the widget reruns them and no other step (a page-wide rerun of every step open costs the
browser several times as much: benchmarks/RESULTS.md). Where only some of a step's widgets
are read elsewhere, name the readers instead: `on_change=rerun_steps(page, ("a", "b"))` reruns
steps a and b (those on screen) and no other, and the step's other widgets rerun it alone
(each step's fragment has a key, `step_key`; Streamlit's `st.rerun(scope=[keys])`). Full
reruns (opening a page, Continue, the language switch) run every step as before.

Each step runs inside a guard: an unexpected error becomes a short message in the user's
language (and a log line), the other steps still render, and no traceback reaches a user.
Set EXPLAINER_DEBUG=1 to let errors through while developing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st
from streamlit.errors import StreamlitAPIException

import catalog
from explainer.course import next_page
from ui import nav, present
from ui.guard import callback, guarded, show_failure
from ui.i18n import lang, t
from ui.predict import question_ui
from ui.streamlit_internals import fragment_rerun
from ui.urlstate import ALL, STEP, step_from_url

Step = Callable[[], None]
PROGRESS = "_progress"  # session: page id -> (steps reached, steps in all)
SHOWN = "_steps_shown"  # session: (page id, {step name: fragment key}) of the last full run


def page_wide(fn: Callable[..., None] | None = None) -> Callable[..., None]:
    """A widget callback for a value other steps read: run `fn` (if any, under the guard), then
    the whole page.

    Inside a step (a fragment) a widget change reruns only that step; st.rerun() in a callback
    turns this interaction's rerun into a full one, so every step sees the new value. When the
    rerun is a full one already (lecture mode draws a slide without fragments), nothing more.
    """
    return rerun_steps("", (), fn)  # no steps named: the whole page


def step_key(page_id: str, name: str) -> str:
    """The key of the fragment that draws step `name` (for a run of @together steps, its first)."""
    return f"{page_id}.step.{name}"


def rerun_steps(
    page_id: str, readers: Sequence[str] | Callable[[], Sequence[str]], fn: Callable[..., None] | None = None
) -> Callable[..., None]:
    """A widget callback for a value that the steps named `readers` read, the widget's own step
    among them (a tuple, or a function returning one when who reads it depends on other
    settings): run `fn` (if any, under the guard), then rerun those steps, the ones on screen,
    and no other (st.rerun with their fragments' keys); none of them on screen, the whole page.
    In a full rerun (lecture mode, where a slide has no fragments) nothing more is needed."""
    guarded_fn = callback(fn) if fn is not None else None

    def rerun_readers(*args, **kwargs) -> None:
        if guarded_fn is not None:
            guarded_fn(*args, **kwargs)
        if not fragment_rerun():
            return
        drawn_page, drawn = st.session_state.get(SHOWN, ("", {}))
        names = readers() if callable(readers) else readers
        keys = list(dict.fromkeys(drawn[n] for n in names if drawn_page == page_id and n in drawn))
        try:
            st.rerun(scope=keys or "app")
        except StreamlitAPIException:  # a step's fragment no longer registered: the whole page
            st.rerun()

    rerun_readers.guarded = True
    return rerun_readers


def run(page_id: str, steps: Sequence[Step], *, progressive: bool = True) -> None:
    """Render a page: its title, then its steps (those revealed so far) or the current slide;
    under the last step, what was learned and the way on."""
    show_failure()
    if present.active():
        present.show(page_id, steps)
        return
    st.title(t(f"{page_id}.title"))
    n = len(steps)
    k = revealed(n) if progressive else n
    # A learner who reaches a step one at a time predicts before the content shows; with every
    # step opened at once ("Show all steps", ?step=all) the questions stay but hide nothing.
    gate = progressive and st.query_params.get(STEP) != ALL
    drawn = {}  # step name -> the key of the fragment that draws it (rerun_steps)
    for group in runs_of(steps[:k]):
        key = step_key(page_id, group[0].__name__)
        # the course map has no widgets, so no fragments
        draw = st.fragment(some_steps, key=key) if progressive else some_steps
        draw(page_id, group, gate)
        if progressive:
            drawn |= dict.fromkeys((s.__name__ for s in group), key)
    st.session_state[SHOWN] = (page_id, drawn)
    if progressive:
        record_progress(page_id, k, n)
    if k < n:
        continue_ui(k, n)
    else:
        recap_ui(page_id)
    share_link_ui()


def together(name: str) -> Callable[[Step], Step]:
    """Mark steps that read the same widgets. Consecutive steps with the same name run in one
    fragment (runs_of), so a widget in any of them reruns all of them, and only them.

    @together("walk")
    def walk(): ...       # the widgets
    @together("walk")
    def behaviours(): ... # reads them
    """

    def mark(step: Step) -> Step:
        step.together = name
        return step

    return mark


def runs_of(steps: Sequence[Step]) -> list[tuple[Step, ...]]:
    """The steps in order, consecutive steps marked with the same `together` name in one run,
    every other step alone: [a, b@w, c@w, d] -> [(a,), (b, c), (d,)]."""
    out: list[tuple[Step, ...]] = []
    for step in steps:
        name = getattr(step, "together", None)
        if out and name is not None and getattr(out[-1][-1], "together", None) == name:
            out[-1] = (*out[-1], step)
        else:
            out.append((step,))
    return out


def deeper(step: Step) -> Step:
    """Mark a step as going beyond the course (optional): it opens with a "Go deeper" label.

    @deeper
    def two_weights(): ...
    """
    step.deeper = True
    return step


def some_steps(page_id: str, steps: tuple[Step, ...], gate: bool) -> None:
    """Steps that rerun together (one fragment; see together): each under its own guard."""
    for step in steps:
        one_step(page_id, step, gate)


def one_step(page_id: str, step: Step, gate: bool) -> None:
    """One step, under the guard: its question first (ui/predict.py), then its content once the
    learner has answered, or at once when not gated. An optional step says so first."""

    def body() -> None:
        if getattr(step, "deeper", False):
            st.caption(f":material/explore: **{t('app.deeper')}** · {t('app.deeper.note')}")
        if question_ui(page_id, step.__name__) or not gate:
            step()

    guarded(body, name=step.__name__)


def record_progress(page_id: str, k: int, n: int) -> None:
    """How far the learner got on each page (for the course map): the most steps ever shown."""
    progress = st.session_state.setdefault(PROGRESS, {})
    seen = progress.get(page_id, (0, n))[0]
    progress[page_id] = (max(seen, k), n)


def recap_ui(page_id: str) -> None:
    """What the page taught ("<page>.recap", a short list) and a link to the next page of the
    course (the last page links back to the course map)."""
    if f"{page_id}.recap" not in catalog.CATALOG:
        return
    nxt = next_page(page_id)
    with st.container(border=True, key="recap"):
        st.markdown(f"**{t('app.recap.title')}**")
        st.markdown(t(f"{page_id}.recap"))
        if nxt is None:
            label, target = t("app.recap.map"), "home"
        else:
            label, target = t("app.recap.next", title=t(f"{nxt.id}.title")), nxt.id
        st.page_link(
            nav.page(target), label=label, icon=":material/arrow_forward:", query_params={"lang": lang()}
        )


def revealed(n: int) -> int:
    """How many of a page's n steps show: ?step=k (1..n) or ?step=all; 1 when absent.

    A value that is neither (a typo, a hostile link) opens the first step with a notice.
    """
    raw = st.query_params.get(STEP)
    if raw is None:
        return 1
    k = step_from_url(raw, n, last=ALL)
    if k is None:
        del st.query_params[STEP]
        st.toast(t("app.url_reset", names=STEP), icon=":material/link_off:")
        return 1
    return k


@callback
def _reveal(value: str) -> None:
    st.query_params[STEP] = value


def continue_ui(k: int, n: int) -> None:
    """Under the last step shown: "Continue" (one more step) and "Show all steps"."""
    row = st.container(horizontal=True, vertical_alignment="center")
    row.button(
        t("app.steps.next", k=k + 1, n=n),
        key="_steps_next",
        type="primary",
        icon=":material/arrow_downward:",
        on_click=_reveal,
        args=(str(k + 1),),
    )
    row.button(t("app.steps.all", n=n), key="_steps_all", type="tertiary", on_click=_reveal, args=(ALL,))


@st.fragment
def share_link_ui() -> None:
    """A "Share this view" button in the sidebar; it opens a dialog with the URL of this view,
    every shareable setting included.

    The link is built when the button is pressed: the steps are fragments and put their
    parameters in the URL on their own reruns, so a link built with the page would go stale.
    The button reruns only this fragment, which reads the URL as it is now. A dialog rather
    than a popover that builds its content on opening: closing a popover reruns the app, and
    a learner who closes it by clicking a page link in the sidebar sent that rerun and the
    page switch at once; on a cold server the switch was lost and the page's widgets reset.
    Closing a dialog sends nothing. Also, the code box's syntax-highlighter bundle (~1.5 MB of
    JavaScript) is fetched only when the dialog opens.
    """
    if st.sidebar.button(t("app.share_button"), icon=":material/link:", width="stretch", key="_share"):
        st.dialog(t("app.share_button"), width="medium")(_share_dialog)()


def _share_dialog() -> None:
    from urllib.parse import urlencode

    base = (getattr(st.context, "url", None) or "").split("?")[0]
    query = urlencode(st.query_params.to_dict())
    st.caption(t("app.share"))
    st.code(f"{base}?{query}" if base else f"?{query}", language=None, wrap_lines=True)
