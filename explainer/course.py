"""The course map: which page teaches which section of the course, in course order.

Pure data shared by the navigation, the home page, lecture mode and the tests.
Titles and one-line descriptions live in the language catalog under `<page id>.title`
and `<page id>.blurb`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageInfo:
    id: str  # catalog prefix and module name under app_pages/
    url_path: str  # stable URL path ("" = home)
    chapter: int  # 0 = course map, 1 or 2 = course chapter
    section: str  # course section(s), e.g. "01-02" or "02-04, 02-05"
    icon: str  # Material icon shown in the navigation
    uses_tensorflow: bool = False  # True: the page may import TensorFlow (lazily)

    @property
    def file(self) -> str:
        return f"app_pages/{self.id}.py"


PAGES: tuple[PageInfo, ...] = (
    PageInfo("home", "", 0, "00", ":material/map:"),
    PageInfo("black_box", "black-box", 1, "01-02", ":material/inventory_2:", uses_tensorflow=True),
    PageInfo("outputs", "outputs", 1, "01-03", ":material/bar_chart:"),
    PageInfo("inputs", "inputs", 1, "01-04", ":material/grid_on:"),
    PageInfo("knobs", "knobs", 1, "01-05", ":material/tune:"),
    PageInfo("one_hot", "one-hot", 2, "02-02", ":material/label:"),
    PageInfo("loss", "loss", 2, "02-03", ":material/functions:"),
    PageInfo("gradient_descent", "gradient-descent", 2, "02-04, 02-05", ":material/trending_down:"),
    PageInfo("training", "training", 2, "02-06, 02-07", ":material/model_training:", uses_tensorflow=True),
    PageInfo("inference", "inference", 2, "02-08", ":material/image_search:", uses_tensorflow=True),
    PageInfo("summary", "summary", 2, "02-09", ":material/checklist:"),
)

PAGE_BY_ID = {p.id: p for p in PAGES}


def next_page(page_id: str) -> PageInfo | None:
    """The page after this one in course order, or None at the end."""
    i = [p.id for p in PAGES].index(page_id)
    return PAGES[i + 1] if i + 1 < len(PAGES) else None


def previous_page(page_id: str) -> PageInfo | None:
    """The page before this one in course order, or None at the start."""
    i = [p.id for p in PAGES].index(page_id)
    return PAGES[i - 1] if i > 0 else None
