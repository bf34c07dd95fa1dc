"""Live questions and the speaker view: the classroom modules alone and through AppTest."""

from __future__ import annotations

import io

import pytest
from PIL import Image

import catalog
from catalog.classroom import CORRECT
from explainer.questions import question
from tests.apptest_utils import open_app
from ui import classroom
from ui.classroom import Slide


@pytest.fixture
def class_store(tmp_path, monkeypatch):
    """A fresh SQLite store for this test, as the app opens it (EXPLAINER_STORE)."""
    monkeypatch.setenv("EXPLAINER_STORE", f"sqlite:///{tmp_path}/class.sqlite3")
    classroom.the_store.clear()
    yield classroom.the_store()
    classroom.the_store.clear()


def test_slide_ids_round_trip():
    """A slide's id in the store names its page, step k of n, and the next step."""
    s = Slide("loss", 2, 4, "batch", "keras_mse_step")
    assert Slide.decode(s.encode()) == s
    assert s.base == "loss.batch"
    assert Slide.decode("garbage") is None
    assert Slide.decode("a/b/c/d/e") is None


def test_every_question_is_answerable_by_a_class():
    """Each slide question has at least two choices to count; a modelled one keeps its options
    and its right one (explainer/questions.py), the others agree with catalog/classroom.py."""
    bases = {k[: -len(".question")] for k in catalog.CATALOG if k.endswith(".question")}
    assert set(CORRECT) <= bases
    for base in filter(classroom.has_question, bases):
        a = classroom.asked(base)
        assert len(a.labels) >= 2 and "{" not in a.text and "{" not in a.answer, base
        q = question(base)
        if q is not None and q.kind == "choice":
            assert a.labels[a.right] == classroom.option_text(q, q.correct)
        elif base in CORRECT:
            assert 0 <= a.right < len(a.labels)


def test_valid_code():
    """Typed codes are normalised (case, spaces, dashes); anything else is refused."""
    assert classroom.valid_code(" k4r-tx ") == "K4RTX"
    assert classroom.valid_code("K4RT0") is None  # 0 is not in the alphabet
    assert classroom.valid_code("x" * 100) is None
    assert classroom.valid_code(None) is None


def test_qr_code_is_a_png_of_the_link():
    """The QR code is made in-process (segno) as a square PNG."""
    png = classroom.qr_png("http://example.org/?class=K4RTX&lang=en")
    img = Image.open(io.BytesIO(png))
    assert img.format == "PNG" and img.width == img.height >= 150


def _open_class(at):
    """The lecturer opens a class from the header's menu; its code."""
    at.button(key="deck_class_open").click().run()
    assert not at.exception
    return at.session_state["_class_code"]


def test_lecturer_opens_a_class_and_the_slide_is_published(class_store):
    """Opening a class shows its code; the current slide becomes the class's current question."""
    at = open_app("app_pages/loss.py", "en", present="1", step="4")
    code = _open_class(at)
    assert class_store.class_exists(code)
    q = class_store.current_question(code)
    assert Slide.decode(q.question_id) == Slide("loss", 4, 4, "cross_entropy_step", "")
    assert q.choices == 3 and not q.revealed
    assert any(code in m.value for m in at.markdown)


def test_students_answer_and_the_slide_counts(class_store):
    """Two students join by the link and answer; the lecturer's slide shows 2 answers, per choice."""
    lecturer = open_app("app_pages/loss.py", "en", present="1", step="4")
    code = _open_class(lecturer)
    qid = class_store.current_question(code).question_id
    for pick in (0, 1):
        student = open_app(None, "en", **{"class": code})
        assert not student.exception
        radio = student.radio(key=f"_class_pick.{qid}")
        radio.set_value(pick).run()
        assert not student.exception
        assert student.success, "the student sees that the answer was sent"
    assert class_store.answer_counts(code, qid) == [1, 1, 0]
    lecturer.run()
    texts = [m.value for m in lecturer.markdown]
    assert any("2 answered" in s for s in texts), texts
    bars = [p.proto.text for p in lecturer.get("progress")]
    assert any(b.startswith("A · 1") for b in bars) and any(b.startswith("B · 1") for b in bars), bars


def test_a_number_question_counts_right_answers(class_store):
    """A typed-number question (the course's SSE, 0.6638): a right number counts as the first
    choice, another number as the second; the bars stay hidden until the reveal."""
    lecturer = open_app("app_pages/loss.py", "en", present="1", step="1")
    code = _open_class(lecturer)
    qid = class_store.current_question(code).question_id
    for typed in ("0.6638", "1"):
        student = open_app(None, "en", **{"class": code})
        student.text_input(key=f"_class_typed.{qid}").input(typed).run()
        student.button(key=f"_class_send.{qid}").click().run()
        assert not student.exception and student.success
    assert class_store.answer_counts(code, qid) == [1, 1]
    lecturer.run()
    assert not [p for p in lecturer.get("progress") if "Right" in p.proto.text]
    lecturer.button(key="_reveal.loss.single_sample").click().run()
    assert any("Right" in p.proto.text and "✓" in p.proto.text for p in lecturer.get("progress"))


def test_reveal_reaches_the_students(class_store):
    """After the lecturer reveals, a student sees the answer and can no longer change theirs."""
    lecturer = open_app("app_pages/loss.py", "en", present="1", step="4")
    code = _open_class(lecturer)
    lecturer.button(key="_reveal.loss.cross_entropy_step").click().run()
    assert class_store.current_question(code).revealed
    student = open_app(None, "en", **{"class": code})
    qid = class_store.current_question(code).question_id
    assert student.radio(key=f"_class_pick.{qid}").disabled
    assert any("Answer:" in i.value for i in student.info)


def test_bad_class_link_says_so(class_store):
    """A code that names no open class: a notice, and the page works."""
    at = open_app(None, "en", **{"class": "KKKKK"})
    assert not at.exception
    assert at.toast and "No open class" in at.toast[0].value
    assert "class" not in at.query_params


def test_join_box_in_the_sidebar(class_store):
    """A student can type the code into the box the sidebar's button opens instead of opening
    the link."""
    code = class_store.open_class(0 + __import__("time").time())
    at = open_app(None, "zh")
    assert "_class_typed" not in [x.key for x in at.text_input]  # the box opens on request
    at.sidebar.button(key="_class_join_open").click().run()
    # AppTest reruns the whole script for each action (the dialog is gone after one), so the
    # code and the click go in one run; tests/e2e/test_classroom_browser.py types in the dialog
    at.text_input(key="_class_typed").set_value(code.lower())
    at.button(key="_class_join").click().run()
    assert at.session_state["_class_joined"] == code
    assert at.query_params["class"] == [code] or at.query_params["class"] == code


def test_speaker_view_follows_the_slide(class_store):
    """?present=1&speaker=CODE shows the projected slide's notes and the next slide."""
    lecturer = open_app("app_pages/inputs.py", "en", present="1", step="2")
    code = _open_class(lecturer)
    view = open_app(None, "en", present="1", speaker=code)
    assert not view.exception
    for _ in range(2):  # this slide, then the next one
        slide = Slide.decode(class_store.current_question(code).question_id)
        notes = f"{slide.base}.notes"
        expected = (
            catalog.text(notes, "en") if notes in catalog.CATALOG else catalog.text("speaker.no_notes", "en")
        )
        text = " ".join(m.value for m in view.markdown)
        assert expected in text
        assert f"Next: {catalog.text('inputs.title', 'en')} · step {slide.k + 1} of {slide.n}" in text
        lecturer.button(key="_next").click().run()
        view.run()


def test_speaker_view_of_a_closed_class(class_store):
    """A speaker link whose class is gone says so instead of failing."""
    view = open_app(None, "en", present="1", speaker="KKKKK")
    assert not view.exception
    assert view.warning and "KKKKK" in view.warning[0].value


def test_a_student_can_follow_the_lecturers_slide(class_store):
    """With "Follow the lecturer's slide" on, the student's page moves to the lecturer's page and step."""
    lecturer = open_app("app_pages/loss.py", "en", present="1", step="2")
    code = _open_class(lecturer)
    student = open_app(None, "en", **{"class": code})
    student.toggle(key="_class_follow").set_value(True).run()
    assert not student.exception
    assert student.query_params.get("step") in ("2", ["2"])
    assert any(t.value == "Loss functions" for t in student.title), [t.value for t in student.title]
