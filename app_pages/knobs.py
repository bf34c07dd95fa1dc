"""Knobs (course 01-05): weights are knobs; training turns them; supervised vs unsupervised.

Its steps: steps/knobs.py.
"""

from steps import knobs as page
from ui.page import run

run(page.PAGE, page.STEPS)
