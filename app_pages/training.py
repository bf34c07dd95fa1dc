"""Live training (course 02-06, 02-07): the whole loop, run by real Keras while you watch.

Its steps: steps/training.py.
"""

from steps import training as page
from ui.page import run

run(page.PAGE, page.STEPS)
