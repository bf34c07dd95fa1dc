"""AppTest: the gradient-descent page's one-weight charts are pictures drawn on the server (no
plotly chart, so the browser never loads plotly for them), each in its keyed container, and what
they draw follows the learner's walk and settings, read back through their tick labels."""

import re

import pytest

from catalog import text
from explainer.curves import CURVES
from explainer.descent_path import run
from explainer.figures.gradient_descent import COLORS, view
from tests.apptest_utils import open_app, picture_svg
from tests.descent_read import frame_groups, texts
from tests.svg_read import Chart

PAGE = "app_pages/gradient_descent.py"
KEYS = (
    "gradient_descent.sign",
    "gradient_descent.walk_fig",
    "gradient_descent.anim",
    "gradient_descent.starts",
)


def keyed_html(at, key: str) -> str:
    """The body of the st.html inside the container st.container(key=key)."""

    def find(block, inside: bool):
        for child in getattr(block, "children", {}).values():
            here = inside or str(getattr(child.proto, "id", "")).endswith("-" + key)
            if here and child.type == "html":
                return child.proto.body
            found = find(child, here)
            if found:
                return found
        return None

    body = find(at.main, False)
    assert body is not None, key
    return body


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_four_one_weight_charts_are_pictures_with_words_of_the_language(lang):
    """Slope sign, walk, animation and valleys: each an SVG picture in its container, axes titled in
    the page's language, an alternative text; no plotly chart draws a loss curve of one weight."""
    at = open_app(PAGE, lang)
    assert not at.exception
    for key in KEYS:
        body = keyed_html(at, key)
        svg = picture_svg(body)
        assert svg.startswith("<svg") and text("gradient_descent.fig.w", lang) in texts(Chart(svg).root), key
        alt = re.search(r' alt="([^"]+)"', body).group(1)
        assert (re.search(r"[\u4e00-\u9fff]", alt) is not None) == (lang == "zh"), key
    curve = text("gradient_descent.fig.curve", lang)
    for chart in at.get("plotly_chart"):
        assert f'"name":"{curve}"' not in chart.proto.spec.replace(" ", "")


def points_of(svg: str, colour: str) -> list[float]:
    return [m.x for m in Chart(svg).marks() if m.colour == colour and m.kind == "dot"]


def test_step_and_run_redraw_the_walk_with_the_learners_weights():
    """After Step twice the walk's picture shows W_0, W_1 as small dots and the red point at W_2
    (-1 -> -0.4 -> 0.08 on the bowl at lr 0.1); Run adds the chosen steps."""
    at = open_app(PAGE, "en", steps="5")
    for _ in range(2):
        at.button(key="gradient_descent.step").click().run()
    svg = picture_svg(keyed_html(at, "gradient_descent.walk_fig"))
    assert points_of(svg, COLORS["path"]) == [pytest.approx(-1, abs=0.02), pytest.approx(-0.4, abs=0.02)]
    assert points_of(svg, COLORS["point"]) == [pytest.approx(0.08, abs=0.02)]
    at.button(key="gradient_descent.run").click().run()
    walk = at.session_state["gradient_descent._walk"]["w"]
    svg = picture_svg(keyed_html(at, "gradient_descent.walk_fig"))
    assert len(points_of(svg, COLORS["path"])) == len(walk) - 1 == 7
    assert points_of(svg, COLORS["point"]) == [pytest.approx(walk[-1], abs=0.02)]


def test_a_diverging_rate_is_animated_inside_the_frame_and_the_points_outside_are_counted():
    """The 'far too big' preset (lr 2 on the bowl): every frame of the animation is drawn inside the
    plot area, the last frame says the last step, and the caption counts the points out of view."""
    at = open_app(PAGE, "en")
    at.button(key="gradient_descent.preset_diverge").click().run()
    chart = Chart(picture_svg(keyed_html(at, "gradient_descent.anim")))
    groups = frame_groups(chart)
    assert len(groups) == 31 and texts(groups[-1])[0].startswith("Step 30 of 30: ")
    for ln in chart.root.iter("{http://www.w3.org/2000/svg}polyline"):
        for q in ln.get("points").split():
            x, y = map(float, q.split(","))
            assert (
                chart.left - 0.1 <= x <= chart.left + chart.w + 0.1
                and chart.top - 0.1 <= y <= chart.top + chart.h + 0.1
            )
    outside = view(CURVES["bowl"], run(CURVES["bowl"], -1.0, 2.0, 30).w)[2]
    assert outside > 0 and text("gradient_descent.outside", "en", n=outside) in [c.value for c in at.caption]


def test_the_animation_comes_with_a_still_picture_and_can_be_switched_off():
    """By default the behaviours step sends the animation and, for a system that asks for reduced
    motion, the same run standing still on its last step (the page's CSS picks one); with
    "Play the steps" off it sends only the still picture, headed "Step 30 of 30"."""
    import base64

    at = open_app(PAGE, "en")
    body = keyed_html(at, "gradient_descent.anim")
    svgs = [
        base64.b64decode(b).decode() for b in re.findall(r'src="data:image/svg\+xml;base64,([^"]+)"', body)
    ]
    assert len(svgs) == 2 and "prefers-reduced-motion: reduce" in body
    assert body.index('class="motion-moving"') < body.index('class="motion-still"')
    assert "<animate" in svgs[0] and "<animate" not in svgs[1]
    at.toggle(key="gradient_descent.anim_play").set_value(False).run()
    body = keyed_html(at, "gradient_descent.anim")
    assert body.count("<img") == 1 and "motion-moving" not in body
    svg = picture_svg(body)
    assert "<animate" not in svg
    (only,) = frame_groups(Chart(svg))
    assert texts(only)[0].startswith("Step 30 of 30: ")
