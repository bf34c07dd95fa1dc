"""Train the built-in box and write models/doodles_cnn.weights.npz (run from the repo root).

    python scripts/train_builtin.py

Trains the CNN of explainer.models on freshly generated doodle pets (seed 1), checks the
accuracy on other fresh doodles (seed 2), and saves only the weight arrays (< 2 MB).
Takes a few minutes on two cores. Then run scripts/doodle_reference.py and
scripts/builtin_eval.py: the numbers they ship are made for these weights.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from explainer import doodles, models  # noqa: E402

TRAIN_N = 9000  # pictures to learn from
TEST_N = 1500  # fresh pictures to check on
EPOCHS = 12
BATCH_SIZE = 64
LR = 2e-3


def main() -> None:
    from explainer.tf_runtime import keras

    k = keras()
    t0 = time.perf_counter()
    x, y = doodles.generate(TRAIN_N, seed=1)
    x_test, y_test = doodles.generate(TEST_N, seed=2)
    x, x_test = x.astype("float32") / 255.0, x_test.astype("float32") / 255.0
    print(f"data: {time.perf_counter() - t0:.1f} s")

    model = models.build_model("cnn", seed=0)
    model.compile(
        optimizer=k.optimizers.Adam(LR), loss="sparse_categorical_crossentropy", metrics=["accuracy"]
    )
    model.fit(
        x,
        y,
        batch_size=BATCH_SIZE,
        epochs=EPOCHS,
        validation_data=(x_test, y_test),
        callbacks=[k.callbacks.ReduceLROnPlateau(patience=2, factor=0.5)],
        verbose=2,
    )
    _, acc = model.evaluate(x_test, y_test, verbose=0)
    print(f"accuracy on fresh doodles: {acc:.4f}  ({time.perf_counter() - t0:.0f} s)")
    models.save_weights(model)
    print(f"wrote {models.WEIGHTS_FILE} ({models.WEIGHTS_FILE.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
