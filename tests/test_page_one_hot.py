"""AppTest behaviour tests for the one-hot page (course 02-02)."""

from tests.apptest_utils import open_app

EDITOR = "one_hot.editor.0"  # the class table's key before any change


def edit_classes(at, edits: dict) -> None:
    """Seed the class table's edit state (what a learner's edits produce) and rerun."""
    at.session_state[EDITOR] = {"edited_rows": {}, "added_rows": [], "deleted_rows": [], **edits}
    at.run()


def one_hot_table(at):
    """The 'integer codes and one-hot vectors' table (after the class editor and the label file)."""
    return at.dataframe[2].value


def test_default_classes_in_users_language():
    """The default classes are 猫/狗/其他 in Chinese and Cat/Dog/Other in English, encoded 0, 1, 2."""
    zh = open_app("app_pages/one_hot.py", "zh")
    assert list(one_hot_table(zh).index) == ["猫", "狗", "其他"]
    en = open_app("app_pages/one_hot.py", "en")
    table = one_hot_table(en)
    assert list(table.index) == ["Cat", "Dog", "Other"]
    assert list(table.iloc[:, 0]) == [0, 1, 2]
    assert table.loc["Dog", "Dog"] == 1 and table.loc["Dog", "Cat"] == 0
    assert not en.error and not en.exception


def test_move_down_changes_every_encoding():
    """Moving Cat down swaps it with Dog: Cat becomes 1 and Dog 0, and the URL holds the new order."""
    at = open_app("app_pages/one_hot.py", "en")
    at.selectbox(key="one_hot.move_pick").set_value("Cat")
    at.button(key="one_hot.down").click().run()
    table = one_hot_table(at)
    assert list(table.index) == ["Dog", "Cat", "Other"]
    assert table.loc["Cat"].iloc[0] == 1
    assert at.query_params["classes"] in ("Dog,Cat,Other", ["Dog,Cat,Other"])


def test_rename_and_add_in_the_table():
    """Renaming a class and adding one in the table updates the label file and the vector length."""
    at = open_app("app_pages/one_hot.py", "en")
    edit_classes(at, {"edited_rows": {0: {"name": "Kitten"}}, "added_rows": [{"name": "Bird"}]})
    label_file = at.dataframe[1].value
    assert list(label_file.iloc[:, 1]) == ["Kitten", "Dog", "Other", "Bird"]
    assert one_hot_table(at).shape == (4, 5)  # integer code + 4 one-hot columns
    assert not at.error


def test_duplicate_and_empty_names_are_refused_with_a_message():
    """A duplicate or empty class name shows a clear error and the encodings keep the last valid list."""
    at = open_app("app_pages/one_hot.py", "en")
    edit_classes(at, {"edited_rows": {1: {"name": "Cat"}}})
    assert any("“Cat” appears twice" in e.value for e in at.error)
    assert list(one_hot_table(at).index) == ["Cat", "Dog", "Other"]
    edit_classes(at, {"edited_rows": {2: {"name": "  "}}})
    assert any("has no name" in e.value for e in at.error)
    assert not at.exception


def test_class_list_from_link():
    """?classes=A,B shares a class list; a malformed one falls back to the default with a notice."""
    at = open_app("app_pages/one_hot.py", "en", classes="Apple,Banana")
    assert list(one_hot_table(at).index) == ["Apple", "Banana"]
    assert any("need at least 3" in i.value or "at least 3 classes" in i.value for i in at.info)
    bad = open_app("app_pages/one_hot.py", "en", classes="Cat,Cat")
    assert list(one_hot_table(bad).index) == ["Cat", "Dog", "Other"]
    assert bad.warning


def test_sequence_encoding_and_unknown_labels():
    """Typed labels are encoded both ways; an unknown label is named in an error and skipped."""
    at = open_app("app_pages/one_hot.py", "en")
    at.text_input(key="one_hot.seq").input("Dog, Fish, Cat").run()
    assert any("Fish" in e.value for e in at.error)
    ints = at.dataframe[3].value
    assert list(ints.iloc[:, 1]) == [1, 0]
    at.button(key="one_hot.add.2").click().run()
    assert at.text_input(key="one_hot.seq").value == "Dog, Fish, Cat, Other"


def test_decode_vector_and_tie():
    """A probability vector decodes to its argmax; a tie or a wrong length gives a message instead."""
    at = open_app("app_pages/one_hot.py", "en")
    at.text_input(key="one_hot.vec").input("0.2 0.1 0.7").run()
    assert "**Other**" in at.success[0].value
    at.text_input(key="one_hot.vec").input("0.4, 0.4, 0.2").run()
    assert not at.success and any("no single largest" in w.value for w in at.warning)
    at.text_input(key="one_hot.vec").input("1, 0").run()
    assert any("has 2 numbers but there are 3 classes" in e.value for e in at.error)
    at.text_input(key="one_hot.vec").input("1, x, 0").run()
    assert any("“x” is not a number" in e.value for e in at.error)


def test_switch_order_changes_every_vector():
    """The 'switch to this order' button moves the first class to the end: every vector changes."""
    at = open_app("app_pages/one_hot.py", "en")
    before = one_hot_table(at).copy()
    at.button(key="one_hot.apply_rotate").click().run()
    after = one_hot_table(at)
    assert list(after.index) == ["Dog", "Other", "Cat"]
    for name in ["Cat", "Dog", "Other"]:
        assert list(after.loc[name].iloc[1:]) != list(before.loc[name].iloc[1:])  # vector by position
