"""Gradient descent (course 02-04, 02-05): one weight walking down a loss curve, then two.

Steps: which way is downhill -> walk one step at a time -> what the learning rate does ->
several valleys -> the worked example 0.38 -> 0.3855 -> two weights (a gradient is a vector)
-> three optimizers side by side. The steps live in ui/descent_view.py (one weight) and
ui/descent_2d.py (two weights); runs and figures are cached per input in ui/descent_cache.py.
"""

from ui.descent_2d import optimizers, two_weights
from ui.descent_view import PAGE, behaviours, slope_sign, valleys, walk, worked_example
from ui.page import run

run(PAGE, [slope_sign, walk, behaviours, valleys, worked_example, two_weights, optimizers])
