"""The black box (course 01-02): an image goes in, three probabilities come out.

Its steps: steps/black_box.py; its cached builders: steps/black_box_cache.py.
"""

from steps import black_box as page
from ui.page import run

run(page.PAGE, page.STEPS)
