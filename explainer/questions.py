"""The questions a learner answers before a step shows the result: every one, by its id.

A question belongs to one step of a page: its id is "<page>.<step>" and its words are in the
catalog ("<id>.question", "<id>.answer", "<id>.option.<option>", "<id>.hint"). What is right is
never typed into the catalog: every right option and every right number comes from the
explainer's own functions (the same ones the pages draw with), in the builders of
explainer/questions_chapter1.py and questions_chapter2.py, and the numbers a text quotes come
in as `fields`, formatted there. Two kinds (explainer/quiz.py: Question):

    choice   options in the order shown; `correct` is the right one
    number   the learner types a number; right when |typed - number| <= tolerance
             (the tolerance is said on screen)
"""

from __future__ import annotations

from collections.abc import Callable

from explainer import questions_chapter1, questions_chapter2
from explainer.questions_chapter1 import SURE
from explainer.questions_chapter2 import (
    BEHAVIOUR_OPTIONS,
    ITERATION_IMAGES,
    iterations_question,
    real_weight_question,
)
from explainer.quiz import DEFAULT_CLASSES, Question

__all__ = [
    "BEHAVIOUR_OPTIONS",
    "BUILDERS",
    "DEFAULT_CLASSES",
    "ITERATION_IMAGES",
    "SURE",
    "Question",
    "iterations_question",
    "question",
    "questions",
    "real_weight_question",
]

BUILDERS: tuple[Callable[[], Question], ...] = questions_chapter1.BUILDERS + questions_chapter2.BUILDERS
_cache: dict[str, Question] = {}


def questions() -> dict[str, Question]:
    """Every question, by id (built once per process: a few milliseconds)."""
    if not _cache:
        for build in BUILDERS:
            q = build()
            _cache[q.id] = q
    return _cache


def question(qid: str) -> Question | None:
    """The question of step "<page>.<step>", or None."""
    return questions().get(qid)
