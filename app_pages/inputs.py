"""Inputs (course 01-04): an image is numbers. Grey vs RGB, 256 × 256 × 3 = 196,608 numbers,
one long vector or three 2-D arrays, and resizing to the network's fixed input size.

The steps live in ui/inputs_view.py (a page script is re-executed on every rerun: keep it small).
"""

from ui.inputs_view import PAGE, choose_image, fixed_input_size, grey_and_colour, pixel_grid, vector_or_planes
from ui.page import run

run(PAGE, [choose_image, fixed_input_size, pixel_grid, grey_and_colour, vector_or_planes])
