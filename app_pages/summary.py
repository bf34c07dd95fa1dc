"""Summary (course 02-09): the takeaways, each linked to its page, and the searchable glossary.

Its steps: steps/summary.py; its cached builders: steps/summary_cache.py.
"""

from steps import summary as page
from ui.page import run

run(page.PAGE, page.STEPS)
