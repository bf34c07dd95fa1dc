"""What a learner can take home: the history as CSV, and a script that repeats the training.

The script saves its model as explainer.model_file does (architecture and weights, uncompiled),
so the file opens with keras.models.load_model(path, safe_mode=True) whatever the loss.

The script is generated from a TrainingSettings object only. Every value goes in through
repr() of a validated number or one of a fixed set of names, so no user text can inject code.
"""

from __future__ import annotations

import csv
import io
import math

from explainer.live_sink import Snapshot
from explainer.training_settings import MOMENTUM, TrainingSettings

CSV_HEADER = ("kind", "epoch", "iteration", "loss", "accuracy", "val_loss", "val_accuracy")


def _num(v: float) -> str:
    return "" if not math.isfinite(v) else f"{v:.6g}"


def history_csv(s: Snapshot) -> str:
    """One row per iteration ("iteration") and one per epoch ("epoch"); empty cell = no value.

    Every cell is a fixed word of CSV_HEADER/"iteration"/"epoch" or a number formatted here;
    no user text reaches the file, so no cell can hold a spreadsheet formula.
    """
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_HEADER)
    m = max(s.steps_per_epoch, 1)
    for x, loss, acc in zip(s.it_x, s.it_loss, s.it_accuracy, strict=True):
        w.writerow(("iteration", (x - 1) // m + 1, x, _num(loss), _num(acc), "", ""))
    for e, loss, acc, vl, va in zip(
        s.ep_x, s.ep_loss, s.ep_accuracy, s.ep_val_loss, s.ep_val_accuracy, strict=True
    ):
        w.writerow(("epoch", e, e * m, _num(loss), _num(acc), _num(vl), _num(va)))
    return out.getvalue()


_SCRIPT = '''"""Repeat a training run from the neural-network explainer app, with the same settings.

Run it from the app's folder (it uses the app's data loaders and model builder):
    pip install -r requirements.txt
    python {filename}
"""

import keras
import numpy as np

from explainer.datasets import load, split_validation
from explainer.encoding import one_hot
from explainer.models import build_model

SETTINGS = {settings}

keras.utils.set_random_seed(SETTINGS["seed"])

# Data: images (n, h, w, 3) as numbers in [0, 1], labels as one-hot rows (n, k).
data = load(SETTINGS["dataset"], SETTINGS["n_images"], SETTINGS["n_test"], SETTINGS["seed"])
x = data.x_train.astype(np.float32) / 255.0
y = one_hot(data.y_train, data.num_classes)
(x_train, y_train), (x_val, y_val) = split_validation(x, y, SETTINGS["validation_split"])
print("classes:", data.classes)
print("iterations per epoch = ceil({{}} / {{}}) = {{}}".format(
    len(x_train), SETTINGS["batch_size"], -(-len(x_train) // SETTINGS["batch_size"])))

model = build_model(
    kind=SETTINGS["model"],
    input_shape=x.shape[1:],
    num_classes=data.num_classes,
    hidden_units=SETTINGS["hidden_units"],
    seed=SETTINGS["seed"],
)


def sum_squared_error(y_true, y_pred):
    """SSE of each sample; Keras averages it over the batch (the course's MSE)."""
    return keras.ops.sum(keras.ops.square(y_true - y_pred), axis=-1)


loss = keras.losses.CategoricalCrossentropy() if SETTINGS["loss"] == "cross_entropy" else sum_squared_error
lr = SETTINGS["learning_rate"]
optimizer = {{
    "sgd": lambda: keras.optimizers.SGD(learning_rate=lr),
    "momentum": lambda: keras.optimizers.SGD(learning_rate=lr, momentum={momentum}),
    "adam": lambda: keras.optimizers.Adam(learning_rate=lr),
}}[SETTINGS["optimizer"]]()
model.compile(optimizer=optimizer, loss=loss, metrics=[keras.metrics.CategoricalAccuracy(name="accuracy")])

history = model.fit(
    x_train,
    y_train,
    batch_size=SETTINGS["batch_size"],
    epochs=SETTINGS["epochs"],
    validation_data=(x_val, y_val) if len(x_val) else None,
    callbacks=[keras.callbacks.TerminateOnNaN()],
)

x_test = data.x_test.astype(np.float32) / 255.0
test_loss, test_accuracy = model.evaluate(x_test, one_hot(data.y_test, data.num_classes), verbose=0)
print(f"test accuracy: {{test_accuracy:.3f}}")

# Save the architecture and the weights, not the loss and optimizer: sum_squared_error exists only
# in this script, so a file naming it would not open anywhere else. Compile again to train further.
trained = keras.Model.from_config(model.get_config())
trained.set_weights(model.get_weights())
trained.save("trained_model.keras")
'''


def training_script(settings: TrainingSettings, filename: str = "train_again.py") -> str:
    """A Python script that trains the same model on the same data with `settings`."""
    if not isinstance(settings, TrainingSettings):
        raise ValueError("settings must be a TrainingSettings")
    lines = ["{"]
    for name, value in settings.as_dict().items():
        lines.append(f"    {name!r}: {value!r},")
    lines.append("}")
    return _SCRIPT.format(settings="\n".join(lines), momentum=repr(MOMENTUM), filename=filename)
