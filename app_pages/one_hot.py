"""Labels and one-hot encoding (course 02-02).

The learner edits a class list; every table on the page is computed from it. The steps live
in ui/one_hot_view.py (their content is cached per input by ui/one_hot_cache.py).
"""

from ui.one_hot_view import PAGE, class_list, decode_vector, encode, encodings, fixed_order, why_one_hot
from ui.page import run

run(PAGE, [class_list, encodings, encode, decode_vector, why_one_hot, fixed_order])
