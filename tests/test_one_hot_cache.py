"""steps/one_hot_cache.py: the cached content equals what the explainer builds fresh."""

import numpy as np
import pytest

from explainer.figures.one_hot import number_line_html
from explainer.why_one_hot import integer_distances, one_hot_distances
from steps import one_hot_cache as cache
from tests.apptest_utils import html_frame

NAMES = ("Cat", "Dog", "Other")


@pytest.mark.parametrize("names", [NAMES, ("a", "b", "c", "d", "e"), ("猫", "狗", "其他")])
def test_number_line_equals_fresh_figure(names):
    """The cached number line is exactly explainer.figures.one_hot.number_line_html's."""
    view = cache.why_view("en", names)
    assert view["line"] == number_line_html(names, 0, 2, "Integer code", "average")
    np.testing.assert_array_equal(html_frame(view["int_dist"]).to_numpy(), integer_distances(len(names)))
    shown = html_frame(view["one_hot_dist"]).to_numpy().astype(float)  # written with 3 decimals
    np.testing.assert_allclose(shown, one_hot_distances(len(names)), atol=5e-4)
    assert list(html_frame(view["int_dist"]).index) == list(names)


def test_encodings_tables():
    """Label table 0..k-1 with names; one-hot table: code column then the identity, indexed by name."""
    view = cache.encodings_view("en", NAMES)
    labels = html_frame(view["label_table"])
    assert list(labels.iloc[:, 0]) == [0, 1, 2] and list(labels.iloc[:, 1]) == list(NAMES)
    table = html_frame(view["one_hot_table"])
    assert list(table.index) == list(NAMES)
    assert list(table.iloc[:, 0]) == [0, 1, 2]
    np.testing.assert_array_equal(table.iloc[:, 1:].to_numpy(), np.eye(3, dtype=int))
    assert view["label_file"].splitlines()[1:] == ["0\tCat", "1\tDog", "2\tOther"]


def test_sequence_view_encodes_and_reports_unknown_labels():
    """Known labels are encoded both ways; unknown ones become one error message."""
    view = cache.sequence_view("en", NAMES, "Dog, Fish, Cat")
    assert [kind for kind, _ in view["messages"]] == ["error"] and "Fish" in view["messages"][0][1]
    assert not view["stop"]
    assert list(html_frame(view["ints"]).iloc[:, 1]) == [1, 0]
    assert html_frame(view["vectors"]).to_numpy().tolist() == [[0, 1, 0], [1, 0, 0]]
    assert cache.sequence_view("en", NAMES, "Fish")["stop"]


def test_decode_messages():
    """A vector decodes to its argmax; a tie warns; a wrong length is an error."""
    assert cache.decode_messages("en", NAMES, "0.2 0.1 0.7")[0][0] == "success"
    assert cache.decode_messages("en", NAMES, "0.4, 0.4, 0.2")[0][0] == "warning"
    assert cache.decode_messages("en", NAMES, "1, 0")[0][0] == "error"


def test_a_class_named_like_the_code_column_keeps_both_columns():
    """A class called "Integer code" (the code column's header) gets its own column; the codes
    column is renamed rather than the page failing."""
    from steps import one_hot_cache as cache

    view = cache.encodings_view("en", ("Integer code", "Dog"))
    cols = list(html_frame(view["one_hot_table"]).columns)
    assert "Integer code" in cols and "Integer code #" in cols and "Dog" in cols
    assert cache.unused_header("Integer code", ("Integer code", "Integer code #")) == "Integer code # #"
