"""The questions of chapter 1's pages (black_box, outputs, inputs, knobs), each answer computed.

Every right option and number comes from the explainer's own functions; explainer/questions.py
keeps them all by id (see its docstring for the two kinds of question).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from explainer import doodles, knobs, network, photo_like, pixels, untrained
from explainer.encoding import decode, one_hot
from explainer.images import number_count, to_network_input
from explainer.models import INPUT_SIZE
from explainer.outputs import predict, softmax
from explainer.quiz import DEFAULT_CLASSES, Question, course_number
from explainer.scores import is_low_confidence, random_scores


def _argmax_question(qid: str, p=(0.51, 0.48, 0.01)) -> Question:
    """Which class, and how sure: predict() and the low-confidence rule decide."""
    pred = predict(np.array(p), DEFAULT_CLASSES)
    sure = "unsure" if is_low_confidence(pred.margin) else "sure"
    runner_up = DEFAULT_CLASSES[int(np.argsort(p)[-2])]
    options = (f"{pred.label}_sure", f"{pred.label}_unsure", f"{runner_up}_unsure")
    fields = {
        "p0": course_number(p[0]),
        "p1": course_number(p[1]),
        "p2": course_number(p[2]),
        "margin": course_number(pred.margin, 2),
    }
    return Question(qid, options, f"{pred.label}_{sure}", fields=fields)


def _knob_question() -> Question:
    """Raising w1 from the page's start: does the boundary w1*x1 + w2*x2 + b = 0 get steeper?

    The line's steepness is |dx2/dx1| = |w1 / w2|; raised by 0.5 from the start (-1, 0.5, 0.5)
    it goes from 2 to 1: the line turns flatter."""
    w1, w2, _ = knobs.START
    before, after = abs(w1 / w2), abs((w1 + 0.5) / w2)
    correct = "steeper" if after > before else "flatter" if after < before else "same"
    fields = {
        "w1": course_number(w1),
        "w1_new": course_number(w1 + 0.5),
        "before": course_number(before),
        "after": course_number(after),
    }
    return Question("knobs.turn_the_knobs", ("steeper", "flatter", "same"), correct, fields=fields)


def _training_knobs_question() -> Question:
    """One press of the training button (TRAIN_STEPS steps): the error before and after."""
    X, y = knobs.toy_points(20, seed=0)
    steps = knobs.train(X, y, *knobs.START, lr=knobs.TRAIN_LR, steps=knobs.TRAIN_STEPS)
    before, after = steps[0].error, steps[-1].error
    correct = "down" if after < before else "up" if after > before else "same"
    fields = {"before": course_number(before, 3), "after": course_number(after, 3)}
    return Question("knobs.training_turns_them", ("up", "down", "same"), correct, fields=fields)


def _many_classes() -> Question:
    total = float(softmax(random_scores(1000, seed=0)).sum())
    correct = "one" if abs(total - 1.0) < 1e-9 else "more"
    return Question(
        "outputs.many_classes",
        ("one", "thousand", "depends"),
        correct,
        fields={"total": course_number(total)},
    )


def _third_output() -> Question:
    """The course's first example: cat 0.97, dog 0.01; the three add up to 1, so other = 1 - 0.97 - 0.01."""
    p_cat, p_dog = 0.97, 0.01
    p_other = round(1.0 - p_cat - p_dog, 10)
    fields = {"cat": course_number(p_cat), "dog": course_number(p_dog), "other": course_number(p_other)}
    return Question("outputs.three_probabilities", number=p_other, tolerance=0.001, fields=fields)


def _perfect_dog() -> Question:
    """A flawless network shown a dog outputs the one-hot vector that decodes to "dog"."""
    vectors = {c: one_hot([i], len(DEFAULT_CLASSES))[0] for i, c in enumerate(DEFAULT_CLASSES[:2])}
    vectors["third"] = np.full(len(DEFAULT_CLASSES), 0.33)
    literals = {c: "(" + ", ".join(course_number(v) for v in vec) + ")" for c, vec in vectors.items()}
    correct = next(
        c for c, vec in vectors.items() if vec.max() == 1 and decode([vec], DEFAULT_CLASSES)[0] == "dog"
    )
    return Question("outputs.perfect_answer", tuple(vectors), correct, literals=literals)


def _equal_scores() -> Question:
    """Three equal scores: softmax gives each class exp(s) / (3 exp(s)) = 1/3."""
    p = softmax([2.0, 2.0, 2.0])
    return Question(
        "outputs.scores_and_softmax", number=float(p[0]), tolerance=0.001, fields={"p": f"{p[0]:.3f}"}
    )


def _count_numbers() -> Question:
    n = number_count((256, 256, 3))
    return Question("inputs.fixed_input_size", number=n, fields={"n": course_number(n)})


def _white_pixel() -> Question:
    """The number of a pure white pixel in a grey image: round(0.299 R + 0.587 G + 0.114 B)."""
    v = int(pixels.grey(np.full((1, 1, 3), 255, dtype=np.uint8))[0, 0])
    black = int(pixels.grey(np.zeros((1, 1, 3), dtype=np.uint8))[0, 0])
    return Question(
        "inputs.pixel_grid", number=v, fields={"white": course_number(v), "black": course_number(black)}
    )


def _grey_vs_colour() -> Question:
    ratio = number_count((256, 256, 3)) / number_count((256, 256))
    correct = {1: "same", 2: "colour_2", 3: "colour_3"}.get(int(ratio), "same")
    return Question(
        "inputs.grey_and_colour",
        ("same", "colour_2", "colour_3"),
        correct,
        fields={"ratio": course_number(ratio)},
    )


def _flattened_length() -> Question:
    """Flattening (256, 256, 3) keeps every number: the vector is as long as the image has numbers."""
    shape = (256, 256, 3)
    n = pixels.flatten(np.zeros(shape, dtype=np.uint8)).size
    options = {"all": n, "row": shape[1] * shape[2], "side": shape[0]}
    literals = {k: course_number(v) for k, v in options.items()}
    correct = next(k for k, v in options.items() if v == number_count(shape))
    return Question(
        "inputs.vector_or_planes", tuple(options), correct, literals=literals, fields={"n": course_number(n)}
    )


def _gallery_input(n: int = 1):
    """Gallery sample n (as ui.course_image draws it) as the built-in network's input (64, 64, 3)."""
    image, label = doodles.sample_images(per_class=(n + 2) // 3, size=128)[n - 1]
    return to_network_input(image, INPUT_SIZE), label


def _box_output() -> Question:
    """Which of three triples can come out of the box? The built-in box's own answer for gallery
    sample 1, rounded to 2 decimals so they still add up to 1 (largest remainder), against a triple
    that adds up to more than 1 and one with numbers outside 0..1."""
    x, _ = _gallery_input(1)
    p = network.forward(network.load_weights(), x)  # (3,)
    cents = np.floor(p * 100).astype(int)
    cents[np.argsort(-(p * 100 - cents))[: 100 - cents.sum()]] += 1  # sum of cents is exactly 100
    triples = {
        "too_much": np.array([0.9, 0.8, 0.7]),
        "box": cents / 100,
        "outside": np.array([1.2, -0.1, -0.1]),
    }
    ok = [k for k, v in triples.items() if np.all((v >= 0) & (v <= 1)) and abs(v.sum() - 1) < 1e-9]
    literals = {k: " / ".join(f"{x:.2f}" for x in v) for k, v in triples.items()}
    fields = {
        "p": literals["box"],
        "sum": course_number(triples["too_much"].sum()),
        "low": course_number(triples["outside"].min()),
        "high": course_number(triples["outside"].max()),
    }
    return Question("black_box.try_it", tuple(triples), ok[0], literals=literals, fields=fields)


def _untrained_box() -> Question:
    """A box with random weights (explainer/untrained.py) sees gallery sample 1, a cat doodle: its
    three outputs are near 1/3 each (softmax of small scores)."""
    x, _ = _gallery_input(1)
    p = network.forward(untrained.random_weights(seed=0), x)  # (3,)
    near = bool(np.all(np.abs(p - 1 / 3) < 0.1))
    win = DEFAULT_CLASSES[int(np.argmax(p))]
    correct = "near_third" if near else f"sure_{win}"
    fields = {f"p{i}": f"{v:.2f}" for i, v in enumerate(p)}
    return Question("black_box.compare", ("near_third", "sure_cat", "sure_other"), correct, fields=fields)


SURE = 0.9  # "very sure": one class gets more than 0.9


def _plain_square() -> Question:
    """A plain orange square is not a doodle; the built-in box still gives one class nearly all of 1."""
    x = photo_like.orange().astype(np.float32) / 255.0
    p = network.forward(network.load_weights(), x)  # (3,)
    correct = "sure" if p.max() > SURE else "near_third" if np.all(np.abs(p - 1 / 3) < 0.1) else "unsure"
    fields = {
        "rgb": ", ".join(map(str, photo_like.ORANGE)),
        "conf": f"{p.max():.1%}",
    }
    return Question("black_box.what_it_can_judge", ("sure", "near_third", "refuses"), correct, fields=fields)


BUILDERS: tuple[Callable[[], Question], ...] = (
    _box_output,
    _untrained_box,
    _plain_square,
    _third_output,
    lambda: _argmax_question("outputs.label_by_argmax"),
    _perfect_dog,
    _many_classes,
    _equal_scores,
    _white_pixel,
    _count_numbers,
    _grey_vs_colour,
    _flattened_length,
    _knob_question,
    _training_knobs_question,
)
