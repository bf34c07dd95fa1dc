"""What a question is: its id, its options or typed number, and how an answer is checked.

A question belongs to one step of a page ("<page>.<step>"); the builders of chapter 1 and
chapter 2 (explainer/questions_chapter1.py, questions_chapter2.py) make them and
explainer/questions.py keeps them by id. `course_number` writes the numbers their texts quote.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_CLASSES = ("cat", "dog", "other")  # option ids of the course's three classes


@dataclass(frozen=True)
class Question:
    id: str  # "<page>.<step>"
    options: tuple[str, ...] = ()  # choice ids, shown in this order
    correct: str | None = None  # the right choice
    number: float | None = None  # a typed-number question: the right value
    tolerance: float = 0.0  # accepted |typed - number| (shown to the learner)
    literals: Mapping[str, str] = field(default_factory=dict)  # choice id -> its text, when a number
    fields: Mapping[str, str] = field(default_factory=dict)  # numbers the texts quote

    @property
    def page(self) -> str:
        return self.id.split(".")[0]

    @property
    def step(self) -> str:
        return self.id.split(".", 1)[1]

    @property
    def kind(self) -> str:
        return "number" if self.number is not None else "choice"

    def is_right(self, answer) -> bool:
        """Whether `answer` (a choice id, or a number for a number question) is right."""
        if self.kind == "choice":
            return answer == self.correct
        try:
            x = float(answer)
        except (TypeError, ValueError):
            return False
        return math.isfinite(x) and abs(x - float(self.number)) <= self.tolerance + 1e-12


def course_number(x: float, digits: int = 4) -> str:
    """A number as the course writes it: 0.3855, 196,608, 1.22."""
    x = float(x)
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{round(x, digits):g}"
