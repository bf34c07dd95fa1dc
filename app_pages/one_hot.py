"""Labels and one-hot encoding (course 02-02).

Its steps: steps/one_hot.py; its cached builders: steps/one_hot_cache.py.
"""

from steps import one_hot as page
from ui.page import run

run(page.PAGE, page.STEPS)
