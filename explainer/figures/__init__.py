"""Figures, drawn on the server as SVG pictures and HTML: the browser runs no charting code.

One module per page, named after the page's id (figures/loss.py: the loss page), and the
drawing modules the pages share: SVG charts (svg_plot, curve_svg, contour_svg with iso_lines,
surface_svg, decision_svg), shown with their legends by picture.py; HTML bars, tables, code and
thumbnails (html_bars, html_table, code_html, thumbnails). Every visible word comes in as an
argument, so the same figure serves both languages. Tests read a picture back as a learner
reads it, by its printed tick labels (tests/svg_read.py).
"""
