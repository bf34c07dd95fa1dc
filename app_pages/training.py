"""Live training (course 02-06, 02-07): the whole loop, run by real Keras while you watch.

The steps live in ui/training_view.py.
"""

from ui.page import run
from ui.training_view import PAGE, curves, data, live, loop, settings

run(PAGE, [loop, data, settings, live, curves])
