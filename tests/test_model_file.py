"""The exported .keras file: it opens with safe_mode=True in a fresh Python and predicts the same."""

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from explainer.live_sink import TrainingSink
from explainer.training_settings import TrainingSettings
from tests.test_live_training import tiny_data

pytestmark = pytest.mark.slow

CASES = [(m, loss) for m in ("dense", "cnn") for loss in ("squared_error", "cross_entropy")]

# Runs in a process that never imports explainer: only Keras and the files in its folder.
LOADER = textwrap.dedent(
    """
    import sys
    import keras
    import numpy as np

    x = np.load("x.npy")
    for name in sys.argv[1:]:
        model = keras.models.load_model(name + ".keras", safe_mode=True)
        np.save(name + ".out.npy", model.predict(x, verbose=0))
    assert "explainer" not in sys.modules
    print("loaded", len(sys.argv) - 1)
    """
)


def trained(kind: str, loss: str):
    """A model trained one epoch the way the app trains it (live_training.train, same loss objects)."""
    from explainer import live_training

    s = TrainingSettings(model=kind, loss=loss, hidden_units=4, epochs=1, batch_size=16, n_images=50)
    model, outcome = live_training.train(s, tiny_data(50), TrainingSink())
    assert outcome == "finished"
    return model


def test_exported_models_load_in_safe_mode_in_a_fresh_process_and_predict_the_same(tmp_path):
    """Both losses, both architectures: the bytes load with safe_mode=True where explainer was
    never imported, and the loaded model's probabilities equal the trained model's to 1e-6."""
    from explainer.model_file import keras_file_bytes

    x = np.random.default_rng(1).random((5, 8, 8, 3), dtype=np.float32)
    np.save(tmp_path / "x.npy", x)
    expected = {}
    for kind, loss in CASES:
        name = f"{kind}_{loss}"
        model = trained(kind, loss)
        (tmp_path / f"{name}.keras").write_bytes(keras_file_bytes(model))
        expected[name] = model.predict(x, verbose=0)
        assert model.loss is not None  # the app's model stays compiled
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["TF_CPP_MIN_LOG_LEVEL"] = "3"
    out = subprocess.run(
        [sys.executable, "-c", LOADER, *expected],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert f"loaded {len(CASES)}" in out.stdout
    for name, probs in expected.items():
        np.testing.assert_allclose(np.load(tmp_path / f"{name}.out.npy"), probs, rtol=0, atol=1e-6)


def test_export_holds_no_training_setup():
    """The file's config has no compile_config: no loss or optimizer for a loader to look up."""
    import io
    import json
    import zipfile

    from explainer.model_file import keras_file_bytes

    data = keras_file_bytes(trained("dense", "squared_error"))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        config = json.loads(z.read("config.json"))
    assert not config.get("compile_config")
    assert "sum_squared_error" not in json.dumps(config)


def test_export_refuses_a_layer_keras_could_not_rebuild():
    """A model with a layer of our own would not load in safe mode, so it is refused up front."""
    from explainer.model_file import keras_file_bytes
    from explainer.tf_runtime import keras

    k = keras()

    class Doubler(k.layers.Layer):
        def call(self, x):
            return 2 * x

    inputs = k.Input(shape=(3,))
    model = k.Model(inputs, Doubler(name="doubler")(inputs))
    with pytest.raises(ValueError, match="doubler"):
        keras_file_bytes(model)
