"""Work the server does in the background: training plumbing and warm-ups, not maths.

jobs.py          a learner's training job and the server-wide queue (at most K at once)
worker.py        the worker processes that run model.fit, one per training slot
preload.py       importing TensorFlow (and starting the workers) before anyone needs them
warm_imports.py  importing the chart libraries once, in one thread, off the home page's path
"""
