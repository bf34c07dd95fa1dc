"""ui/page.py: steps marked @together run in one fragment when they follow one another; a
setting other steps read reruns those steps (rerun_steps) and no other."""

from steps import gradient_descent
from ui.page import deeper, runs_of, together


def step(name: str, group: str | None = None):
    def f() -> None:
        pass

    f.__name__ = name
    return together(group)(f) if group else f


def names(runs) -> list[list[str]]:
    return [[s.__name__ for s in run] for run in runs]


def test_consecutive_steps_of_one_group_run_together_and_the_rest_alone():
    a, b, c, d = step("a"), step("b", "w"), step("c", "w"), step("d")
    assert names(runs_of([a, b, c, d])) == [["a"], ["b", "c"], ["d"]]
    assert names(runs_of([b])) == [["b"]]  # only the first of the group shown yet
    assert names(runs_of([])) == []


def test_only_neighbours_of_the_same_name_are_joined():
    b, c, e = step("b", "w"), step("c", "w"), step("e", "v")
    assert names(runs_of([b, e, c])) == [["b"], ["e"], ["c"]]
    assert names(runs_of([b, c, e])) == [["b", "c"], ["e"]]
    assert names(runs_of([step("x"), step("y")])) == [["x"], ["y"]]  # unmarked steps never join


def test_a_marked_step_can_also_go_deeper():
    f = deeper(step("f", "w"))
    assert f.deeper and names(runs_of([step("b", "w"), f])) == [["b", "f"]]


def test_gradient_descent_steps_are_fragments_of_their_own():
    """The walk's settings name the steps that read them (rerun_steps) instead of joining
    them: the walk's own buttons rerun the walk alone (tests/test_loadtest_smoke.py counts
    what a real server reruns; tests/e2e/test_gradient_descent_browser.py, what a learner sees)."""
    runs = names(runs_of(gradient_descent.STEPS))
    assert ["walk"] in runs and ["behaviours"] in runs and ["valleys"] in runs
