"""Which controls bench_browser.py nudges on each page, and how a learner nudges each kind.

CONTROLS maps a page id to representative controls: (label, kind, widget key). Widgets are
found by their key, as Streamlit 1.67 draws it: class `st-key-<key>`, every character
outside [a-zA-Z0-9_-] turned into "-"; inside, its react-aria markup (a slider is an
`input[type=range]`, a pill a `button[role=radio]`, a select a `[role=combobox]`). Kinds:
  - slider: focus it, then ArrowRight (ArrowLeft on every second repeat, back to where it was;
    at either end of its range, the arrow that moves it inwards);
  - radio / pills: pick the first option that is not chosen;
  - select: open it, then pick the first option that is not chosen (the clock starts there);
  - toggle: switch it on (prepare() switches it off first, and waits for that to settle);
  - button: click it;
  - text: type a word, then Enter (the clock starts at Enter);
  - rerun: press "r", Streamlit's own rerun shortcut (the floor's only "control").
A control that would reach the internet (the pretrained box, the MNIST datasets) or train a
real network (Train) is left out: the benchmark times what a click costs, not training.

Each action is split in two: prepare() runs before the probe is armed (scrolling, focus,
opening a list), act() does the learner's last input, which starts the clock.
"""

from __future__ import annotations

import re

from benchmarks.browser_probe import act_and_measure

CONTROLS: dict[str, list[tuple[str, str, str]]] = {
    "floor": [("rerun (r key)", "rerun", "")],
    "home": [("language switch", "pills", "_lang_choice")],
    "black_box": [("sample picture", "pills", "black_box.sample")],
    "outputs": [
        ("score slider (page-wide)", "slider", "outputs.s0"),
        ("classes slider", "slider", "outputs.k"),
        ("true class radio", "radio", "outputs.true"),
        ("preset button", "button", "outputs.preset.sure"),
    ],
    "inputs": [
        ("column slider", "slider", "inputs.col"),
        ("grey/RGB radio", "radio", "inputs.mode"),
        ("sample picture", "pills", "inputs.sample"),
    ],
    "knobs": [
        ("weight w1 slider", "slider", "knobs.w1"),
        ("training button", "button", "knobs.train"),
    ],
    "one_hot": [
        ("class select", "select", "one_hot.move_pick"),
        ("move-up button", "button", "one_hot.up"),
        ("add-label button", "button", "one_hot.add.0"),
    ],
    "loss": [
        ("probability slider", "slider", "loss.p0"),
        ("true class select", "select", "loss.true"),
        ("normalise toggle", "toggle", "loss.norm"),
        ("new batch button", "button", "loss.new_batch"),
        ("edit-batch toggle (opens the table editor)", "toggle", "loss.batch.editing"),
    ],
    "gradient_descent": [
        ("start slider (walk)", "slider", "gradient_descent.start"),
        ("curve radio", "radio", "gradient_descent.curve"),
        ("one step button", "button", "gradient_descent.step"),
        ("your image: take this step", "button", "gradient_descent.real_step"),
        ("learning-rate slider (valleys)", "slider", "gradient_descent.lr_starts"),
        ("two weights: w1 slider", "slider", "gradient_descent.w1"),
        ("two weights: step slider", "slider", "gradient_descent.at"),
        ("two weights: surface radio", "radio", "gradient_descent.surf"),
        ("two weights: 3-D toggle", "toggle", "gradient_descent.show3d"),
        ("two weights: turn the 3-D picture", "slider", "gradient_descent.turn"),  # the toggle left it on
        ("optimizers: beta slider", "slider", "gradient_descent.beta"),
    ],
    "training": [
        ("images slider", "slider", "training.n"),
        ("epochs slider", "slider", "training.epochs"),
        ("model radio", "radio", "training.model"),
    ],
    "inference": [  # the built-in model's answers until the learner trains one
        ("mistakes toggle", "toggle", "inference.mistakes"),
        ("sample picture", "pills", "inference.sample"),
    ],
    "summary": [("glossary search", "text", "summary.q")],
}

TEXT_WORDS = ("loss", "gradient")


def css_key(key: str) -> str:
    """The selector of a keyed widget's container (Streamlit's `st-key-` class)."""
    return ".st-key-" + re.sub(r"[^a-zA-Z0-9_-]", "-", key.strip())


def nudge(kind: str, key: str, i: int):
    """(prepare, act) for the i-th repeat of one nudge of this control."""
    box = css_key(key)

    def scroll(page, selector: str):
        loc = page.locator(selector).first
        loc.scroll_into_view_if_needed(timeout=10_000)
        return loc

    if kind == "rerun":
        return (lambda page: page.locator('[data-testid="stMain"]').focus()), (
            lambda page: page.keyboard.press("r")
        )
    if kind == "slider":
        arrow = ["ArrowRight" if i % 2 == 0 else "ArrowLeft"]

        def focus(page) -> None:
            thumb = scroll(page, f'{box} input[type="range"]')
            thumb.focus()
            value, low, high = (float(thumb.get_attribute(a)) for a in ("value", "min", "max"))
            if value >= high or value <= low:  # at an end an arrow changes nothing: go inwards
                arrow[0] = "ArrowLeft" if value >= high else "ArrowRight"

        return focus, (lambda page: page.keyboard.press(arrow[0]))
    if kind == "radio":
        option = f'{box} label[data-testid="stRadioOption"]:not([data-selected="true"])'
        return (lambda page: scroll(page, option)), (lambda page: page.locator(option).first.click())
    if kind == "pills":
        option = f'{box} button[role="radio"][aria-checked="false"]'
        return (lambda page: scroll(page, option)), (lambda page: page.locator(option).first.click())
    if kind == "select":
        option = '[role="listbox"] [role="option"][aria-selected="false"]'

        def open_list(page) -> None:
            scroll(page, f'{box} [role="combobox"]').click()
            page.locator(option).first.wait_for(timeout=10_000)

        return open_list, (lambda page: page.locator(option).first.click())
    if kind == "button":
        target = f"{box} button"
        return (lambda page: scroll(page, target)), (lambda page: page.locator(target).first.click())
    if kind == "toggle":
        target = f"{box} label"

        def switch_off(page) -> None:  # every measured click switches it on
            scroll(page, target)
            if page.locator(f"{box} input").first.is_checked():
                act_and_measure(page, lambda p: p.locator(target).first.click(), 90_000)

        return switch_off, (lambda page: page.locator(target).first.click())
    if kind == "text":
        field = f"{box} input"
        return (lambda page: scroll(page, field).fill(TEXT_WORDS[i % 2])), (
            lambda page: page.keyboard.press("Enter")
        )
    raise ValueError(f"unknown control kind {kind!r}")
