"""Pure maths and data behind the explainer app.

Nothing in this package imports streamlit. Functions take and return numbers, numpy
arrays, PIL images and plotly figures, so plain pytest (and lecture notebooks) can use them.
TensorFlow is imported lazily, only inside the modules that train or classify.
"""
