"""Final weights as bytes and back: an .npz archive of plain numeric arrays, never a pickle.

`pack_weights` refuses object arrays (the only kind NumPy would pickle) before writing, and
`unpack_weights` loads with allow_pickle=False, so bytes from the store can never run code.
The arrays come back in their order, with their dtype and shape.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import numpy as np


def pack_weights(weights: Sequence[np.ndarray]) -> bytes:
    """The arrays as one uncompressed .npz (arr_0, arr_1, ...). ValueError for an object array."""
    arrays = [np.asarray(w) for w in weights]
    for i, a in enumerate(arrays):
        if a.dtype.hasobject:
            raise ValueError(f"weight {i} has dtype {a.dtype}: only plain numeric arrays are stored")
    buf = io.BytesIO()
    np.savez(buf, *arrays, allow_pickle=False)
    return buf.getvalue()


def unpack_weights(blob: bytes) -> list[np.ndarray]:
    """The arrays packed by `pack_weights`, in order. ValueError if the bytes are not such an archive."""
    try:
        with np.load(io.BytesIO(blob), allow_pickle=False) as archive:
            return [archive[f"arr_{i}"] for i in range(len(archive.files))]
    except (OSError, KeyError, EOFError) as exc:
        raise ValueError(f"stored weights are not a plain .npz archive: {exc}") from exc
