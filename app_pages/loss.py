"""Loss functions (course 02-03): SSE for one sample, MSE over a batch, cross-entropy beside them.

Its steps: steps/loss.py; its cached builders: steps/loss_cache.py.
"""

from steps import loss as page
from ui.page import run

run(page.PAGE, page.STEPS)
