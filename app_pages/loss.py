"""Loss functions (course 02-03): SSE for one sample, MSE over a batch, cross-entropy beside them.

The steps live in ui/loss_view.py (their content is cached per input by ui/loss_cache.py).
No TensorFlow here: the losses are numpy, and the tests check them against Keras.
"""

from ui.loss_view import PAGE, batch, cross_entropy_step, keras_mse_step, single_sample
from ui.page import run

run(PAGE, [single_sample, batch, cross_entropy_step, keras_mse_step])
