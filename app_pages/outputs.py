"""Outputs (course 01-03): scores -> softmax -> probabilities that add up to 1 -> label by argmax.

Its steps: steps/outputs.py.
"""

from steps import outputs as page
from ui.page import run

run(page.PAGE, page.STEPS)
