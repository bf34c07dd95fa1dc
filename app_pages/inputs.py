"""Inputs (course 01-04): an image is numbers. Grey vs RGB, 256 × 256 × 3 = 196,608 numbers,

Its steps: steps/inputs.py; its cached builders: steps/inputs_cache.py.
"""

from steps import inputs as page
from ui.page import run

run(page.PAGE, page.STEPS)
