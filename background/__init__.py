"""Work the server does in the background: training plumbing and warm-ups, not maths.

runs.py          a run's key (its inputs and the code version), the store, and the readers
                 that follow a run from the store (live, or replayed at its recorded pace)
train.py         what pressing Train does: replay, join, train or refuse; Stop; the cost estimate
jobs.py          the server-wide queue (at most K at once) and the Trainer of one run
viewers.py       who watches a run from this process, told to the store (a run nobody watches stops)
worker.py        the worker processes that run model.fit, one per training slot
preload.py       importing TensorFlow (and starting the workers) before anyone needs them
warm_imports.py  importing the heavy libraries once, in one thread, off the learner's path
"""
