"""The black box (course 01-02): an image goes in, three probabilities come out.

The steps live in ui/black_box_view.py.
"""

from ui.black_box_view import PAGE, compare, intro, try_it
from ui.page import run

run(PAGE, [intro, try_it, compare])
