"""AppTest behaviour tests for the one-hot page (course 02-02)."""

from PIL import Image

from explainer.encoding import integer_encode, one_hot
from explainer.questions import question
from tests.apptest_utils import html_frames, open_app
from ui.course_image import CourseImage
from ui.pictures import image_key

BOX = "one_hot.classes_box.0"  # the class box's key before any change


def edit_classes(at, names: list[str]) -> None:
    """Set the class box to `names` (what removing and adding chips produces) and rerun."""
    at.multiselect(key=BOX).set_value(names).run()


def one_hot_table(at):
    """The 'integer codes and one-hot vectors' table (after the label file)."""
    return html_frames(at)[1]


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


def test_remove_and_add_in_the_class_box():
    """Removing Cat and adding Kitten and Bird updates the label file and the vector length."""
    at = open_app("app_pages/one_hot.py", "en")
    assert at.multiselect(key=BOX).options[:3] == ["Cat", "Dog", "Other"]
    edit_classes(at, ["Dog", "Other", "Kitten", "Bird"])
    label_file = html_frames(at)[0]
    assert list(label_file.iloc[:, 1]) == ["Dog", "Other", "Kitten", "Bird"]
    assert one_hot_table(at).shape == (4, 5)  # integer code + 4 one-hot columns
    assert not at.error


def test_duplicate_and_empty_names_are_refused_with_a_message():
    """A duplicate or empty class name shows a clear error and the encodings keep the last valid list."""
    at = open_app("app_pages/one_hot.py", "en")
    edit_classes(at, ["Cat", "Dog", "Other", "Cat "])  # the box refuses "Cat" again, not "Cat "
    assert any("“Cat” appears twice" in e.value for e in at.error)
    assert list(one_hot_table(at).index) == ["Cat", "Dog", "Other"]
    edit_classes(at, ["Cat", "Dog", "Other", "  "])
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
    ints = html_frames(at)[2]
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


def ints_table(at):
    """The 'integer encoding' table of the typed labels (label, integer code)."""
    return html_frames(at)[2]


def vectors_table(at):
    """The 'one-hot encoding' table of the typed labels: one row per label, one column per class."""
    return html_frames(at)[3]


def assert_samples_keep_their_names(at, order: list[str]) -> None:
    """The example samples are still Dog, Cat, Other, Cat, encoded under the class list `order`."""
    labels = ["Dog", "Cat", "Other", "Cat"]
    assert at.text_input(key="one_hot.seq").value == ", ".join(labels)
    ints = ints_table(at)
    assert list(ints.iloc[:, 0]) == labels
    assert list(ints.iloc[:, 1]) == list(integer_encode(labels, order))
    vectors = vectors_table(at)
    assert list(vectors.columns) == order and list(vectors.index) == labels
    for label, row in zip(labels, vectors.to_numpy(), strict=True):
        assert list(row) == list(one_hot([order.index(label)], len(order))[0])


def test_moving_cat_down_keeps_which_animal_each_sample_is():
    """Reordering the classes changes the samples' codes, never which animal they are: after
    "Move down" on Cat the samples are still Dog, Cat, Other, Cat, now coded 0, 1, 2, 1
    (before the fix they turned into Cat, Dog, Other, Dog with the codes 1, 0, 2, 0 unchanged)."""
    at = open_app("app_pages/one_hot.py", "en")
    assert_samples_keep_their_names(at, ["Cat", "Dog", "Other"])
    assert list(ints_table(at).iloc[:, 1]) == [1, 0, 2, 0]
    at.selectbox(key="one_hot.move_pick").set_value("Cat")
    at.button(key="one_hot.down").click().run()
    assert_samples_keep_their_names(at, ["Dog", "Cat", "Other"])
    assert list(ints_table(at).iloc[:, 1]) == [0, 1, 2, 1]
    at.button(key="one_hot.apply_rotate").click().run()  # Dog, Cat, Other -> Cat, Other, Dog
    assert_samples_keep_their_names(at, ["Cat", "Other", "Dog"])


def test_switch_to_this_order_keeps_which_animal_each_sample_is():
    """ "Switch to this order" from the default list (-> Dog, Other, Cat): the same four samples,
    with new codes."""
    at = open_app("app_pages/one_hot.py", "zh")
    at.button(key="one_hot.apply_rotate").click().run()
    labels = ["狗", "猫", "其他", "猫"]
    assert at.text_input(key="one_hot.seq").value == ", ".join(labels)
    assert (
        list(ints_table(at).iloc[:, 1]) == list(integer_encode(labels, ["狗", "其他", "猫"])) == [0, 2, 1, 2]
    )


def test_the_encode_question_is_what_the_page_computes():
    """The question before step 3: its right option is the integer codes the page shows for the
    example labels under the course's list."""
    q = question("one_hot.encode")
    at = open_app("app_pages/one_hot.py", "en")
    assert q.literals[q.correct] == ", ".join(str(c) for c in ints_table(at).iloc[:, 1])


def image_box(at) -> list[str]:
    """What the "your image" box says (its label's codes, or a warning or a question), in page order."""
    found = (*at.markdown, *at.warning, *at.info)
    return [
        x.value for x in found if "integer code" in x.value or "no label" in x.value or "Say what" in x.value
    ]


def test_your_image_is_encoded_under_the_class_list():
    """The course image (gallery sample 1, a cat) with its integer code and one-hot vector under the
    list as it is now: Cat = 0, [1, 0, 0]; after moving Cat down, 1 and [0, 1, 0]."""
    at = open_app("app_pages/one_hot.py", "en")
    assert at.selectbox(key="one_hot.image_truth").value == 0
    said = (
        "It is **Cat**: under the list above, its integer code is **0** and its one-hot vector **[1, 0, 0]**."
    )
    assert said in image_box(at)
    at.selectbox(key="one_hot.move_pick").set_value("Cat")
    at.button(key="one_hot.down").click().run()
    code = int(integer_encode(["Cat"], ["Dog", "Cat", "Other"])[0])
    assert f"its integer code is **{code}** and its one-hot vector **[0, 1, 0]**" in " ".join(image_box(at))


def test_the_learner_says_what_the_image_really_is():
    """A picture of the learner's own has no label: the box asks; the answer (set_truth) is the
    course image's label everywhere, shown with its codes."""
    at = open_app("app_pages/one_hot.py", "en")
    image = Image.new("RGB", (40, 40), (0, 0, 255))
    at.session_state["course_image"] = CourseImage(image, image_key(image), "upload", None, None)
    at.run()
    assert at.selectbox(key="one_hot.image_truth").value is None
    assert any("Say what your picture really is" in i.value for i in at.info)
    at.selectbox(key="one_hot.image_truth").set_value(2).run()
    assert at.session_state["course_image"].truth == 2
    assert any("It is **Other**" in s and "**2**" in s and "[0, 0, 1]" in s for s in image_box(at))


def test_a_list_without_the_images_class_says_so():
    """Cat renamed to Kitten: the cat picture has no label under this list, and the page says so."""
    at = open_app("app_pages/one_hot.py", "en")
    edit_classes(at, {"edited_rows": {0: {"name": "Kitten"}}})
    assert any("has no class “Cat”" in w.value for w in at.warning)
