"""Inference (course 02-08): the model this learner trained classifies images it never saw.

Its steps: steps/inference.py.
"""

from steps import inference as page
from ui.page import run

run(page.PAGE, page.STEPS)
