"""Inference (course 02-08): the model this learner trained classifies images it never saw.

The steps live in ui/inference_view.py.
"""

from ui.inference_view import PAGE, accuracy, exports, gallery, own_image
from ui.page import run

run(PAGE, [accuracy, gallery, own_image, exports])
