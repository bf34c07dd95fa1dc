"""AppTest behaviour of the gradient-descent page: Step/Run/Reset, labels, formulas, URL state, locks.

The worked example's "your image" column: tests/test_page_gradient_descent_image.py; what the
page teaches (order, valleys, terms): tests/test_gradient_descent_lessons.py.
"""

import html
import re

import numpy as np
import pytest

from catalog import text
from explainer import descent
from explainer import optimizers2d as opt
from explainer.curves import CURVES
from explainer.descent_path import fmt
from explainer.figures.gradient_descent_2d import GRAD_COLOR, OPT_COLORS, STEP_COLOR
from explainer.formula import FormulaError, parse
from tests.apptest_utils import open_app, picture_svg, table_rows
from tests.svg_read import SVG, Chart
from ui.safe_text import md_literal

PAGE = "app_pages/gradient_descent.py"
WALK = "gradient_descent._walk"


def walk_w(at) -> list[float]:
    return list(at.session_state[WALK]["w"])


def metric(at, key: str, lang: str = "en", **fields):
    label = text(f"gradient_descent.{key}", lang, **fields)
    return next(m for m in at.metric if m.label == label)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_worked_example_shows_0_3855_by_default(lang):
    """The calculator starts at the course's numbers 0.38, 0.01, -0.55 and shows exactly 0.3855."""
    at = open_app(PAGE, lang)
    assert not at.exception
    assert metric(at, "example.result", lang).value == "0.3855"


def test_step_moves_w_by_exactly_lr_times_slope():
    """Pressing Step once: W_new = W - lr * slope, equal to explainer.descent.update, and shown."""
    at = open_app(PAGE, "en")
    lr = at.session_state["gradient_descent.lr"]
    w0 = walk_w(at)[-1]
    at.button(key="gradient_descent.step").click().run()
    w1 = walk_w(at)[-1]
    slope = float(CURVES["bowl"].slope(w0))
    assert w1 == descent.update(w0, slope, lr) == w0 - lr * slope
    assert w1 - w0 == pytest.approx(-lr * slope)
    assert metric(at, "now_w", k=1).value == "-0.4"  # -1 - 0.1 * (-6)


def test_step_on_a_typed_formula_uses_its_numeric_slope():
    """With a formula, Step moves W by lr times the formula's (numeric) slope."""
    at = open_app(PAGE, "en", curve="formula", f="w**2", start="3", lr="0.1")
    at.button(key="gradient_descent.step").click().run()
    w = walk_w(at)
    assert w[1] == descent.update(3.0, float(parse("w**2").slope(3.0)), 0.1)
    assert w[1] == pytest.approx(2.4)


def test_run_takes_n_steps_and_reset_returns_to_the_start():
    """Run appends the chosen number of steps; the table lists them; Reset goes back to W0."""
    at = open_app(PAGE, "en", steps="12")
    at.button(key="gradient_descent.run").click().run()
    w = walk_w(at)
    assert len(w) == 13
    rows = table_rows(at)  # the walk's table: step, W before, loss, slope, lr × slope, W_new
    assert [r[0] for r in rows] == [str(k) for k in range(1, 13)]
    assert [r[1] for r in rows] == [fmt(x) for x in w[:-1]] and [r[5] for r in rows] == [
        fmt(x) for x in w[1:]
    ]
    at.button(key="gradient_descent.reset").click().run()
    assert walk_w(at) == [-1.0]


def test_moving_the_start_begins_a_new_walk():
    at = open_app(PAGE, "en")
    at.button(key="gradient_descent.step").click().run()
    at.slider(key="gradient_descent.start").set_value(3.0).run()
    assert walk_w(at) == [3.0]


@pytest.mark.parametrize(
    "preset, label",
    [("small", "creeping"), ("good", "converged"), ("big", "oscillating"), ("diverge", "diverged")],
)
def test_presets_set_the_rate_and_the_run_is_labelled(preset, label):
    """Each preset button sets lr, and the whole run is labelled creeping/converged/oscillating/diverged."""
    at = open_app(PAGE, "en")
    at.button(key=f"gradient_descent.preset_{preset}").click().run()
    assert at.session_state["gradient_descent.lr"] == CURVES["bowl"].presets[preset]
    shown = " ".join(x.value for x in [*at.success, *at.info, *at.warning, *at.error])
    assert text(f"gradient_descent.status.{label}", "en") in shown


def test_overflow_is_caught_and_said_with_its_step():
    """lr = 10 for 1000 steps overflows: an error names the step; Run stops the walk there."""
    at = open_app(PAGE, "en", lr="10", steps="1000")
    assert not at.exception
    errors = [e.value for e in at.error]
    assert any("overflowed" in e for e in errors)
    at.button(key="gradient_descent.run").click().run()
    assert at.session_state[WALK]["stop"]["reason"] == "overflow"
    assert at.button(key="gradient_descent.step").disabled


@pytest.mark.parametrize(
    "formula, code",
    [
        ("__import__('os')", "function"),
        ("w.real", "attribute"),
        ("lambda: w", "lambda"),
        ("w**99", "exponent"),
    ],
)
def test_bad_formula_gets_a_clear_message_and_the_page_keeps_working(formula, code):
    """A refused formula shows its translated message with the column; the other steps still render."""
    at = open_app(PAGE, "en")
    at.radio(key="gradient_descent.curve").set_value("formula").run()
    at.text_input(key="gradient_descent.f").input(formula).run()
    assert not at.exception
    with pytest.raises(FormulaError) as info:
        parse(formula)
    err = info.value
    assert err.code == code
    detail = {k: v if k == "snippet" else md_literal(v) for k, v in err.detail.items()}  # shown as text
    expected = text(f"gradient_descent.ferr.{code}", "en", col=err.offset + 1, **detail)
    assert expected in [e.value for e in at.error] and "column" in expected.lower()
    assert metric(at, "example.result").value == "0.3855"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_formula_error_is_translated(lang):
    at = open_app(PAGE, lang)
    at.radio(key="gradient_descent.curve").set_value("formula").run()
    at.text_input(key="gradient_descent.f").input("2w").run()
    assert text("gradient_descent.ferr.implicit_mul", lang, col=2) in [e.value for e in at.error]


def test_url_sets_curve_start_lr_and_formula():
    """?curve=formula&f=...&start=2&lr=0.03&steps=40 opens exactly that playground."""
    at = open_app(PAGE, "en", curve="formula", f="sin(w)+w**2/10", start="2", lr="0.03", steps="40")
    ss = at.session_state
    assert ss["gradient_descent.curve"] == "formula"
    assert ss["gradient_descent.f"] == "sin(w)+w**2/10"
    assert (ss["gradient_descent.start"], ss["gradient_descent.lr"], ss["gradient_descent.steps"]) == (
        2.0,
        0.03,
        40,
    )


@pytest.mark.parametrize(
    "query", [{"lr": "0.123"}, {"lr": "nan"}, {"f": "__import__('os')"}, {"curve": "evil"}]
)
def test_bad_url_values_fall_back_to_defaults_with_a_notice(query):
    at = open_app(PAGE, "en", **query)
    assert not at.exception
    assert at.session_state["gradient_descent.lr"] in (0.1,) or "lr" not in query
    assert any(text("app.url_reset", "en", names="")[:20] in w.value for w in at.warning)


def test_lock_disables_learning_rate_and_start():
    """A teacher's link ?lock=lr,start greys out those controls and the rate presets."""
    at = open_app(PAGE, "en", lock="lr,start")
    assert at.select_slider(key="gradient_descent.lr").disabled
    assert at.slider(key="gradient_descent.start").disabled
    assert at.button(key="gradient_descent.preset_good").disabled


def test_two_weights_and_three_optimizers_render():
    """Switching the surface resets the start to that surface's; the race shows three final losses."""
    at = open_app(PAGE, "en")
    names = [text(f"gradient_descent.opt.{n}", "en") for n in ("sgd", "momentum", "adam")]
    labels = [text("gradient_descent.final_loss_of", "en", name=n) for n in names]
    assert [m.label for m in at.metric if m.label in labels] == labels
    at.radio(key="gradient_descent.surf").set_value("valleys").run()
    assert (at.session_state["gradient_descent.w1"], at.session_state["gradient_descent.w2"]) == (1.8, 1.5)
    assert not at.exception


def pictures(at, kind: str) -> list[str]:
    """The st.html pictures of one kind (the class explainer/figures/picture.py gives them)."""
    return [h.proto.body for h in at.get("html") if f'class="svg-picture {kind}"' in h.proto.body]


def test_the_page_draws_no_plotly_chart():
    """Every chart of the page is a picture drawn on the server: a new browser loads no plotly."""
    at = open_app(PAGE, "en")
    assert not at.get("plotly_chart") and not at.exception
    assert len(pictures(at, "contour2d")) == 1 and len(pictures(at, "opt-race")) == 1


def test_the_3d_surface_is_drawn_only_on_request():
    """Issue 18: by default the two-weight step draws the contour map only; the toggle adds the
    3-D picture (an SVG drawn on the server, no WebGL) below it, and its slider turns it. The
    map stays as it was."""
    at = open_app(PAGE, "en")
    (contour,) = pictures(at, "contour2d")
    assert not pictures(at, "surface3d")
    at.toggle(key="gradient_descent.show3d").set_value(True).run()
    assert not at.exception
    (first,) = pictures(at, "surface3d")
    svg = picture_svg(first)
    assert svg.startswith("<svg") and f">{text('gradient_descent.fig2.w1', 'en')}</text>" in svg
    turn = at.slider(key="gradient_descent.turn")
    assert turn.label == text("gradient_descent.turn", "en")
    turn.set_value(45).run()
    (turned,) = pictures(at, "surface3d")
    assert turned != first and not at.exception
    assert pictures(at, "contour2d") == [contour]


def test_the_two_weight_map_shows_the_run_and_the_arrows_at_the_chosen_step():
    """Read through its tick labels, the map's line is the SGD run's points. Moving the step
    slider to 5 puts the red dot at step 5's point with the red arrow along -gradient and the
    dark one along the gradient there; the alternative text names that step."""
    at = open_app(PAGE, "en")
    s = opt.SURFACES["ravine"]
    path = opt.run(s, "sgd", s.start, 0.3, 60)  # the step's defaults
    chart = Chart(picture_svg(pictures(at, "contour2d")[0]))
    (line,) = [ln for ln in chart.lines() if ln["colour"] == OPT_COLORS["sgd"]]
    np.testing.assert_allclose(line["points"], path.w, atol=0.01)
    at.slider(key="gradient_descent.at").set_value(5).run()
    (body,) = pictures(at, "contour2d")
    chart = Chart(picture_svg(body))
    (dot,) = [m for m in chart.marks() if m.colour == STEP_COLOR]
    assert (dot.x, dot.y) == pytest.approx(tuple(path.w[5]), abs=0.01)
    g = opt.gradient(s, path.w[5])
    for colour, sign in ((STEP_COLOR, -1), (GRAD_COLOR, 1)):
        (arrow,) = [ln for ln in chart.root.iter(f"{SVG}line") if ln.get("stroke") == colour]
        x1, y1, x2, y2 = (float(arrow.get(k)) for k in ("x1", "y1", "x2", "y2"))
        d = np.array([chart.x(x2) - chart.x(x1), chart.y(y2) - chart.y(y1)])
        np.testing.assert_allclose(d / np.linalg.norm(d), sign * g / np.linalg.norm(g), atol=3e-3)
    alt = html.unescape(re.search(r' alt="([^"]*)"', body).group(1))
    w1, w2 = (fmt(x) for x in path.w[5])
    assert alt == text("gradient_descent.contour_alt", "en", k=5, w1=w1, w2=w2, loss=fmt(path.loss[5]))


def test_a_diverging_two_weight_run_stays_inside_the_map():
    """With a learning rate of 3 SGD leaves the ravine: its line is cut at the map's frame."""
    at = open_app(PAGE, "en", lr2="3")
    s = opt.SURFACES["ravine"]
    assert at.session_state["gradient_descent.lr2"] == 3
    assert np.abs(opt.run(s, "sgd", s.start, 3.0, 60).w).max() > 1e3  # far off the map (-5 to 5)
    chart = Chart(picture_svg(pictures(at, "contour2d")[0]))
    assert chart.lines()
    for el in chart.root.iter(f"{SVG}polyline"):
        for x, y in (map(float, p.split(",")) for p in el.get("points").split()):
            assert (
                chart.left - 0.11 <= x <= chart.left + chart.w + 0.11
                and chart.top - 0.11 <= y <= chart.top + chart.h + 0.11
            )


def test_the_optimizer_race_is_one_map_with_three_paths():
    """One contour map with the three optimizers' paths (not three maps), each line the run's
    points read through the tick labels, and the optimizers named in its legend."""
    at = open_app(PAGE, "en")
    (race,) = pictures(at, "opt-race")
    s = opt.SURFACES["ravine"]
    runs = opt.run_all(s, s.start, 0.1, 60, 0.9)  # the race's defaults
    lines = {ln["colour"]: ln["points"] for ln in Chart(picture_svg(race)).lines()}
    assert lines.keys() == set(OPT_COLORS.values())
    for name, run in runs.items():
        np.testing.assert_allclose(lines[OPT_COLORS[name]], run.w, atol=0.01)
        assert html.escape(text(f"gradient_descent.opt.{name}", "en")) in race


def test_worked_example_rejects_a_zero_learning_rate():
    at = open_app(PAGE, "en")
    at.number_input(key="gradient_descent.ex_lr").set_value(0.0).run()
    assert text("gradient_descent.example.bad_lr", "en") in [e.value for e in at.error]


# That the page never imports TensorFlow is checked in a fresh interpreter by
# tests/test_no_tensorflow.py, like every numpy-only page.
