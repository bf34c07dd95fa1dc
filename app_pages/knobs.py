"""Knobs (course 01-05): weights are knobs; training turns them; supervised vs unsupervised.

A single sigmoid neuron in numpy (explainer/knobs.py) on 2-D points of two colours.
The steps live in ui/knobs_view.py (their figures are cached per input). No TensorFlow here.
"""

from ui.knobs_view import PAGE, supervised_vs_unsupervised, training_turns_them, turn_the_knobs
from ui.page import run

run(PAGE, [turn_the_knobs, training_turns_them, supervised_vs_unsupervised])
