"""Plotly figures, one module per page, named after the page's id (figures/loss.py: the loss page).

Figures are written as plain dicts and wrapped without plotly's validation
(plotly_internals.unvalidated_figure); tests check that plotly accepts each one. Every visible
word comes in as an argument, so the same figure serves both languages.
"""
