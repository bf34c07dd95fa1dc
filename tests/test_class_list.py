"""Unit tests for explainer/class_list.py and explainer/why_one_hot.py."""

import csv
import io
import re

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explainer.class_list import (
    check_classes,
    clean_names,
    label_file_text,
    move,
    parse_vector,
    split_labels,
    spreadsheet_cell,
    unknown_labels,
    vector_text,
)
from explainer.encoding import integer_encode, one_hot
from explainer.figures.one_hot import number_line_html
from explainer.input_errors import InputError
from explainer.why_one_hot import integer_distances, midpoint, one_hot_distances

CLASSES = ["Cat", "Dog", "Other"]


def test_label_file_is_the_course_table():
    """The label file lists each integer code with its class name, like the course's table."""
    assert (
        label_file_text(CLASSES, ("Label", "Description")) == "Label\tDescription\n0\tCat\n1\tDog\n2\tOther\n"
    )


def spreadsheet_rows(text: str) -> list[list[str]]:
    """The cells of a tab-separated file as a spreadsheet reads them (quotes group, "" is one ")."""
    return list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))


def test_label_file_cells_never_start_a_formula():
    """OWASP's CSV-injection rule: a cell starting with = + - @ tab or CR gets a leading '."""
    names = ['=HYPERLINK("http://x")', "@SUM(1+1)", "+1", "-1+2", "\tTab", "\rCR", "Cat"]
    rows = spreadsheet_rows(label_file_text(names, ("Label", "Description")))
    assert rows == [
        ["Label", "Description"],
        ["0", '\'=HYPERLINK("http://x")'],
        ["1", "'@SUM(1+1)"],
        ["2", "'+1"],
        ["3", "'-1+2"],
        ["4", "'\tTab"],
        ["5", "'\rCR"],
        ["6", "Cat"],
    ]


def test_label_file_keeps_ordinary_names_as_they_are():
    """Names with a formula character or a quote further in, or Chinese, are written unchanged."""
    names = ["Cat", "a=b", "x-1", '7" record', "狗", "Rock 'n' roll"]
    text = label_file_text(names, ("Label", "Description"))
    assert text == "Label\tDescription\n" + "".join(f"{i}\t{n}\n" for i, n in enumerate(names))


@given(st.lists(st.text(max_size=12), max_size=6))
def test_label_file_keeps_one_row_of_two_cells_per_class(names):
    """Whatever a name holds (tabs, line breaks, quotes), it stays one cell of its own row."""
    rows = spreadsheet_rows(label_file_text(names, ("Label", "Description")))
    assert rows[0] == ["Label", "Description"]
    assert len(rows) == len(names) + 1
    for i, (row, name) in enumerate(zip(rows[1:], names, strict=True)):
        assert row == [str(i), spreadsheet_cell(name)]
        assert row[1] in (name, "'" + name)


def test_names_with_tabs_or_line_breaks_are_refused():
    """clean_names strips a leading tab; check_classes refuses one inside a name."""
    assert clean_names(["\tCat\r\n"]) == ["Cat"]
    for bad in ("a\tb", "a\nb", "a\rb"):
        with pytest.raises(InputError) as e:
            check_classes([bad])
        assert e.value.code == "bad_char"


@pytest.mark.parametrize(
    "names, code",
    [
        ([], "no_classes"),
        (["Cat", ""], "empty_name"),
        (["Cat", "Dog", "Cat"], "duplicate"),
        (["a,b"], "bad_char"),
        (["x" * 41], "too_long"),
        ([str(i) for i in range(21)], "too_many"),
    ],
)
def test_bad_class_lists_are_named(names, code):
    """Each kind of bad class list raises InputError with its own code."""
    with pytest.raises(InputError) as e:
        check_classes(names)
    assert e.value.code == code


def test_clean_names_turns_missing_cells_into_empty():
    """None and NaN cells of an edited table become "" (and are then refused as empty names)."""
    assert clean_names([" Cat ", None, float("nan"), 3]) == ["Cat", "", "", "3"]


@given(st.lists(st.text(min_size=1, max_size=5), min_size=1, max_size=8, unique=True), st.data())
def test_move_keeps_the_same_classes(names, data):
    """Moving a class up or down keeps every class exactly once."""
    i = data.draw(st.integers(0, len(names) - 1))
    step = data.draw(st.sampled_from([-1, 1]))
    out = move(names, i, step)
    assert sorted(out) == sorted(names)
    assert out[min(max(i + step, 0), len(names) - 1)] == names[i]


def test_split_labels_accepts_chinese_and_ascii_commas():
    """Labels may be separated by , ， 、 ; or new lines; blanks are dropped."""
    assert split_labels("狗，猫、其他, Cat\nDog;;") == ["狗", "猫", "其他", "Cat", "Dog"]
    assert split_labels("") == []


def test_unknown_labels_listed_once_in_order():
    """Unknown labels are reported once each, in the order typed."""
    assert unknown_labels(["Fish", "Cat", "Fish", "Bird"], CLASSES) == ["Fish", "Bird"]


def test_parse_vector_never_evaluates():
    """Only plain numbers are accepted; anything else is named in the error."""
    assert parse_vector("0.1, 0.7 0.2").tolist() == [0.1, 0.7, 0.2]
    for bad in ["__import__('os')", "1, nan", "1e999"]:
        with pytest.raises(InputError) as e:
            parse_vector(bad)
        assert e.value.code == "not_a_number"
    with pytest.raises(InputError):
        parse_vector("  ")


@given(st.lists(st.integers(0, 4), min_size=1, max_size=20))
def test_one_hot_round_trip_through_names(codes):
    """Names -> integer codes -> one-hot -> argmax gives back the same codes."""
    names = ["a", "b", "c", "d", "e"]
    labels = [names[c] for c in codes]
    idx = integer_encode(labels, names)
    assert np.argmax(one_hot(idx, 5), axis=1).tolist() == codes


def test_vector_text():
    assert vector_text([1.0, 0.0, 0.5]) == "[1, 0, 0.5]"


def test_integer_average_of_cat_and_other_is_dog():
    """The course's point: (Cat=0 + Other=2)/2 = 1 = Dog, but the one-hot average is [0.5, 0, 0.5]."""
    m = midpoint(CLASSES, 0, 2)
    assert m.code == 1 and m.code_class == "Dog"
    assert m.vector.tolist() == [0.5, 0.0, 0.5]
    assert midpoint(CLASSES, 0, 1).code_class is None  # 0.5 is no class


@pytest.mark.parametrize("k", [2, 3, 7])
def test_one_hot_vectors_are_equally_far_apart(k):
    """Integer codes have unequal distances; one-hot vectors are all sqrt(2) apart."""
    d = one_hot_distances(k)
    off = d[~np.eye(k, dtype=bool)]
    assert np.allclose(off, np.sqrt(2)) and np.allclose(np.diag(d), 0)
    assert integer_distances(k)[0, k - 1] == k - 1


def test_number_line_puts_each_class_at_its_code_and_rings_the_average():
    """Class c is drawn at (c + 1/2) / k of the width, named above and numbered below; the
    average of classes 0 and 2 is ringed at code 1, the middle class; the axis title is given."""
    html = number_line_html(CLASSES, 0, 2, "Integer code", "average")
    k = len(CLASSES)
    names = re.findall(r'<div class="nl-name" style="left:([0-9.]+)%">([^<]*)</div>', html)
    assert [n for _, n in names] == list(CLASSES)
    assert [float(x) for x, _ in names] == pytest.approx([(c + 0.5) / k * 100 for c in range(k)], abs=1e-3)
    (avg,) = re.findall(r'<div class="nl-avg" style="left:([0-9.]+)%" title="average: 1"', html)
    assert float(avg) == pytest.approx(1.5 / k * 100, abs=1e-3)
    assert len(re.findall(r'class="nl-arrow', html)) == 2 and ">Integer code</div>" in html


def test_number_line_shows_a_typed_class_name_as_text():
    html = number_line_html(["<b>x</b>", "dog", "<script>"], 0, 2, "code", "average")
    assert "<b>" not in html and "<script>" not in html and "&lt;script&gt;" in html
