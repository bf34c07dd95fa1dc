"""Every page's steps, one module per page id (explainer/course.py lists the ids).

For the page at /loss (id "loss"):
    app_pages/loss.py      the thin entry Streamlit runs: run(loss.PAGE, loss.STEPS)
    steps/loss.py          its steps, in order (STEPS), each one idea of the course
    steps/loss_cache.py    its cached builders (ui/shared_cache.py), where the page caches
A step draws with Streamlit and calls into explainer/ for every number it shows.
"""
