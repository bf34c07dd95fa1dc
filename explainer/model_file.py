"""A trained model as the bytes of a .keras file that any Keras 3 opens, safe mode included.

The file holds the architecture and the weights only: no loss, no optimizer, no metrics.
A model compiled with the course's squared-error loss carries a function that only exists
where explainer is imported (explainer.live_training.sum_squared_error), and a saved
compile config names it, so `keras.models.load_model(path)` fails everywhere else. Keras
has no built-in loss with the same value (its MeanSquaredError divides by the number of
classes too), so the honest export drops the training setup instead of disguising it.
Prediction needs none of it; to train further, compile again (the training script shows how).

The model and every layer must be Keras's own classes: the export refuses any other,
because `load_model(..., safe_mode=True)` could not rebuild it without its code.
TensorFlow is imported inside the function (explainer.tf_runtime), never at module top.
"""

from __future__ import annotations

import os
import tempfile


def keras_file_bytes(model) -> bytes:
    """The bytes of a .keras file with `model`'s architecture and weights, uncompiled.

    The model itself is left as it is (still compiled, same weights). The file loads with
    `keras.models.load_model(path, safe_mode=True)` in a process that never imported
    explainer, and the loaded model predicts what `model` predicts.

    Raises ValueError if the model or a layer is not one of Keras's built-in classes.
    """
    from explainer.tf_runtime import keras

    k = keras()
    parts = [model, *model.layers]
    foreign = [p.name for p in parts if not type(p).__module__.startswith("keras.")]
    if foreign:
        raise ValueError(f"only Keras's own classes can be exported, not {', '.join(foreign)[:80]}")
    # get_config() is the architecture alone; k.models.clone_model would compile the copy again.
    copy = type(model).from_config(model.get_config())
    copy.set_weights(model.get_weights())
    with tempfile.TemporaryDirectory(prefix="explainer-model-") as folder:
        path = os.path.join(folder, "trained_model.keras")
        k.saving.save_model(copy, path)
        with open(path, "rb") as f:
            return f.read()


def keras_file_for(model) -> bytes:
    """The .keras bytes of a model given as plain arrays in an architecture from code
    (explainer.numpy_model.NumpyModel): the same Keras model is built, filled, and exported
    as `keras_file_bytes` does. Imports TensorFlow."""
    from explainer.models import build_model

    keras_model = build_model(
        model.kind, model.input_shape_hwc, model.num_classes, model.hidden_units, seed=0
    )
    keras_model.set_weights(model.get_weights())  # raises ValueError if a shape does not fit
    return keras_file_bytes(keras_model)
