"""Outputs (course 01-03): scores -> softmax -> probabilities that add up to 1 -> label by argmax.

The steps live in ui/outputs_view.py (a page script is re-executed on every rerun: keep it small).
"""

from ui.outputs_view import PAGE, label_by_argmax, many_classes, perfect_answer, scores_to_probabilities
from ui.page import run

run(PAGE, [scores_to_probabilities, label_by_argmax, perfect_answer, many_classes])
