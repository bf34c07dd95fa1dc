"""Home: the course map. Both chapters, every page with its section, one line, and a link.

Its steps: steps/home.py.
"""

from steps import home as page
from ui.page import run

run(page.PAGE, page.STEPS, progressive=False)
