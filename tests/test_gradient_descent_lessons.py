"""What the gradient-descent page teaches, and in which order (issue 17).

Each test would have caught a wrong or misplaced lesson of the page as it was: the valleys
sentence ("the valley nearest its start"), the worked example four steps after the rule it
illustrates, material beyond the course mixed with the course, a term without its translation.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

import catalog
from catalog import text
from explainer import descent_path
from explainer.curves import CURVES
from explainer.questions import question
from steps import gradient_descent as gd
from steps import gradient_descent_cache as cache
from tests.apptest_utils import open_app

PAGE = "app_pages/gradient_descent.py"
OWN = [k for k in catalog.CATALOG if k.startswith("gradient_descent.") and not k.endswith(".notes")]


def test_the_worked_example_comes_right_after_the_rule_and_beyond_the_course_is_marked():
    """Order: the slope's sign, then the rule with the course's 0.38 -> 0.3855, then the same rule
    on one real weight of the built-in network, then the walk; the
    two-weight step and the optimizer race are optional ("go deeper"), the course's steps are not."""
    names = [s.__name__ for s in gd.STEPS]
    assert names[:4] == ["slope_sign", "worked_example", "one_real_weight", "walk"]
    deeper = [s.__name__ for s in gd.STEPS if getattr(s, "deeper", False)]
    assert deeper == ["two_weights", "optimizers"] == names[-2:]
    for lang in catalog.LANGS:  # the question before the example states the rule it asks to use
        q = text(
            "gradient_descent.worked_example.question",
            lang,
            **question("gradient_descent.worked_example").fields,
        )
        assert ("W_new = W − learning rate × slope" if lang == "en" else "W新 = W − 学习率 × 斜率") in q


@pytest.mark.parametrize("lang", catalog.LANGS)
def test_slope_is_rise_over_run_and_the_course_names_sit_beside_the_apps(lang):
    """Slope = rise / run where the slope is introduced; 超参数 beside 可训练参数 where the learning
    rate is; the worked example's own words come with the rule."""
    body = text("gradient_descent.slope_sign.body", lang)
    assert ("rise ÷ run" if lang == "en" else "升高 ÷ 前进") in body
    rule = text("gradient_descent.example.body", lang)
    assert "超参数" in rule and "可训练参数" in rule


@pytest.mark.parametrize("lang", catalog.LANGS)
def test_valleys_are_not_said_to_be_the_nearest(lang):
    """The old sentence: descent "stops in the valley nearest its start". The page now says the
    start ends in the valley its ground slopes down into, and shows a start where the two differ."""
    body = text("gradient_descent.valleys.body", lang)
    assert "nearest its start" not in body and "离起点最近的那个谷里" not in body
    view = cache.valleys("valleys", "", descent_path.VALLEY_LR, lang)
    assert view.example is not None and "4" in view.example
    w = descent_path.run(CURVES["valleys"], 4.0, descent_path.VALLEY_LR, descent_path.VALLEY_STEPS).w[-1]
    nearest = int(np.argmin(np.abs(view.bottoms - 4.0)))
    assert abs(view.bottoms[nearest] - w) > 1.0  # it ends far from the nearest bottom


def test_the_page_shows_the_computed_valleys_and_the_example():
    at = open_app(PAGE, "en")
    shown = " ".join(m.value for m in at.markdown) + " ".join(i.value for i in at.info)
    view = cache.valleys("valleys", "", descent_path.VALLEY_LR, "en")
    assert all(line in shown for line in view.lines) and view.example in shown
    assert "The ground from W = 0.827 to 4.14 slopes down into it" in shown


def terms_in(key: str) -> list[str]:
    return re.findall(r"\[\[([a-z0-9_]+)\]\]", catalog.CATALOG[key]["en"])


def test_each_term_is_given_both_languages_once_on_the_page():
    """A [[term]] (both languages) appears once in the page's texts, at its first use; after that the
    plain word. Speaker notes are for the lecturer and are left out."""
    seen: dict[str, str] = {}
    for key in OWN:
        for term in terms_in(key):
            assert term not in seen, f"[[{term}]] in {key} and in {seen.get(term)}"
            seen[term] = key
    assert {"weight", "loss_function", "slope", "learning_rate", "hyperparameter", "gradient"} <= set(seen)


def test_the_first_step_introduces_its_terms_before_the_later_steps_use_them():
    """Terms of the first step (weight, slope, gradient descent) are not expanded in a later step."""
    first = {t for k in OWN if k.startswith("gradient_descent.slope_sign.") for t in terms_in(k)}
    assert {"weight", "slope", "gradient_descent", "loss_function"} <= first


def test_no_sentence_is_addressed_to_nobody():
    """No word about servers or tests in what a learner reads on this page."""
    for key in OWN + ["summary." + k.split(".", 1)[1] for k in catalog.CATALOG if k.startswith("summary.")]:
        if key not in catalog.CATALOG:
            continue
        zh, en = catalog.CATALOG[key]["zh"], catalog.CATALOG[key]["en"]
        assert not re.search(r"\b(server|tests?)\b", en, re.I) and "服务器" not in zh and "测试" not in zh, (
            key
        )


@pytest.mark.parametrize("lang", catalog.LANGS)
def test_the_page_ends_with_a_recap_of_two_or_three_points(lang):
    recap = text("gradient_descent.recap", lang)
    assert 2 <= recap.count("\n- ") + recap.startswith("- ") <= 3
    assert "0.3855" in recap
    at = open_app(PAGE, lang)
    assert any(text("app.recap.title", lang) in m.value for m in at.markdown)
    assert any(recap == m.value for m in at.markdown)


def test_a_typed_bad_formula_is_not_blamed_on_the_link():
    """Issue 17: typing a refused formula said "these settings in the link were not valid: f"."""
    at = open_app(PAGE, "en", curve="formula")
    at.text_input(key="gradient_descent.f").input("2w").run()
    warnings = " ".join(w.value for w in at.warning)
    assert text("app.url_reset", "en", names="f") not in warnings
    assert text("gradient_descent.ferr.implicit_mul", "en", col=2) in [e.value for e in at.error]


def test_the_formula_hint_keeps_its_multiplication_signs():
    """Issue 17: "write 2*w, not 2w" lost its * to Markdown; the hint writes formulas as code."""
    at = open_app(PAGE, "en", curve="formula")
    help_text = at.text_input(key="gradient_descent.f").help
    assert "`2*w`" in help_text and "`w**2/4 + sin(2*w)`" in help_text
    assert "*" not in re.sub(r"`[^`]*`", "", help_text)  # every * sits in a code span


def test_the_behaviour_answer_quotes_the_run_itself():
    """lr 1 on the bowl from -1: the run bounces between -1 and 5, as the answer says."""
    q = question("gradient_descent.behaviours")
    path = descent_path.run(CURVES["bowl"], -1.0, 1.0, 30)
    assert q.correct == "bounce" and path.status == "oscillating"
    assert (q.fields["w1"], q.fields["w2"]) == ("5", "-1") and list(path.w[:3]) == [-1.0, 5.0, -1.0]


def test_the_walk_question_matches_the_walks_defaults():
    """The walk asks for W after one Step at the page's defaults (bowl, W0 = -1, lr 0.1)."""
    params = gd.one_weight_params()
    assert (params["curve"].default, params["start"].default, params["lr"].default) == ("bowl", -1.0, 0.1)
    assert question("gradient_descent.walk").number == pytest.approx(-0.4)


def test_the_deeper_questions_ask_about_what_their_steps_show_first():
    """The two-weight question uses that step's defaults (ravine, its start, lr 0.3); the race
    question the race's (ravine, lr 0.1, 60 steps, beta 0.9), and its answer is that run's."""
    from explainer import optimizers2d as opt
    from steps.gradient_descent_deeper import race_params, two_weight_params

    two, race = two_weight_params(), race_params()
    assert (two["surf"].default, two["lr2"].default) == ("ravine", 0.3)
    surface = opt.SURFACES["ravine"]
    g = opt.gradient(surface, surface.start)
    assert question("gradient_descent.two_weights").number == pytest.approx(
        surface.start[0] - 0.3 * g[0], abs=1e-4
    )
    defaults = tuple(race[n].default for n in ("osurf", "olr", "osteps", "beta"))
    assert defaults == ("ravine", 0.1, 60, 0.9)
    runs = opt.run_all(surface, surface.start, 0.1, 60, 0.9)
    assert (
        question("gradient_descent.optimizers").correct
        == min(runs, key=lambda n: runs[n].loss[-1])
        == "momentum"
    )
