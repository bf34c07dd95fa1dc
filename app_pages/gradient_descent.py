"""Gradient descent (course 02-04, 02-05): one weight walking down a loss curve, then two.

Its steps: steps/gradient_descent.py; its cached builders: steps/gradient_descent_cache.py.
"""

from steps import gradient_descent as page
from ui.page import run

run(page.PAGE, page.STEPS)
