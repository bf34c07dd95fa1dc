"""The gradient-descent page in a real browser: the course's 0.3855, Step, the animated picture."""

import pytest

from catalog import text
from tests.e2e.conftest import IDLE, open_page, screenshot, wait_idle

MAIN = '[data-testid="stMain"]'


def open_gd(page, app_url, query: str) -> None:
    """Open the page straight from its link, with `query`."""
    open_page(page, app_url, "gradient-descent", query)


def metric_values(page) -> list[str]:
    return page.locator('[data-testid="stMetricValue"]').all_inner_texts()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_worked_example_shows_0_3855_by_default(page, app_url, lang):
    """By default the calculator shows the course's result 0.3855 exactly, and no exception."""
    open_gd(page, app_url, f"lang={lang}")
    metric = page.locator('[data-testid="stMetricValue"]').filter(has_text="0.3855")
    metric.first.wait_for(timeout=60_000)  # the metric itself, not the formula above it
    assert "0.3855" in metric_values(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    page.set_viewport_size({"width": 1280, "height": 7200})  # the main area scrolls on its own
    kinds = "descent-sign descent-walk descent-anim loss-steps descent-starts opt-losses contour2d opt-race"
    for kind in kinds.split():  # every chart of the page: pictures that decode
        img = page.locator(f".svg-picture.{kind} img")
        img.wait_for(timeout=60_000)
        page.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=img.element_handle())
    assert page.locator(".js-plotly-plot").count() == 0  # the page loads no charting code
    page.wait_for_timeout(1500)
    screenshot(page, f"gradient_descent-full-{lang}")


def test_the_calculator_and_the_real_weight_answer_their_own_controls(page, app_url):
    """The course's calculator and the real weight (a step each): a number typed moves the
    result, the Back button puts the course's numbers in the box, Take this step counts."""
    open_gd(page, app_url, "lang=en")
    result = page.locator(f'{MAIN} [data-testid="stMetric"]', has_text="New weight W_e2").first
    result.wait_for(timeout=60_000)
    box = page.locator(MAIN).get_by_label("Current weight W_e1").first
    box.fill("0.5")
    box.press("Enter")
    page.locator(f'{MAIN} [data-testid="stMetricValue"]', has_text="0.5055").first.wait_for(timeout=30_000)
    page.get_by_role("button", name="Back to the course's numbers").click()
    page.locator(f'{MAIN} [data-testid="stMetricValue"]', has_text="0.3855").first.wait_for(timeout=30_000)
    wait_idle(page)
    assert box.input_value() == "0.38"
    page.get_by_role("button", name="Take this step").first.click()
    page.get_by_text("Steps taken so far: 1. This is the next one.").first.wait_for(timeout=30_000)
    assert page.locator('[data-testid="stException"]').count() == 0


def walk_w(page) -> str:
    """The walk's "W now" metric."""
    box = page.locator(f'{MAIN} [data-testid="stMetric"]', has_text="W now").first
    return box.locator('[data-testid="stMetricValue"]').inner_text()


def test_step_button_moves_w_by_lr_times_slope(page, app_url):
    """W = -1, lr = 0.1, slope = -6: one press of Step shows W = -0.4."""
    open_gd(page, app_url, "lang=en")
    page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=60_000)  # drawn lazily
    assert walk_w(page) == "-1"
    page.locator(MAIN).get_by_role("button", name="Step", exact=True).click()
    wait_idle(page)
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=\"stMetric\"]')].some("
        "m => m.innerText.includes('W now') && m.innerText.includes('-0.4'))",
        timeout=30_000,
    )
    assert walk_w(page) == "-0.4"


# The animation's frames by the picture's own clock: its SVG put inline (an <img> hides its
# document), the clock stopped and set to each moment, the heading of every frame shown then.
FRAMES_AT = """
([src, moments]) => {
  const bytes = Uint8Array.from(atob(src.split(',')[1]), (c) => c.charCodeAt(0));
  const box = document.createElement('div');
  box.innerHTML = new TextDecoder().decode(bytes);
  document.body.appendChild(box);
  const svg = box.querySelector('svg');
  svg.pauseAnimations();
  const seen = moments.map((t) => {
    svg.setCurrentTime(t);
    return [...svg.querySelectorAll('g.frame')].filter((g) => getComputedStyle(g).visibility === 'visible')
      .map((g) => g.querySelector('text').textContent);
  });
  box.remove();
  return seen;
}
"""


def test_the_animation_plays_by_itself_without_a_rerun(page, app_url):
    """The behaviours step's picture plays in the browser with no script rerun and no plotly: the
    image, looked at twice a second apart, has changed; by the picture's own clock frame k (headed
    "Step k of 30") shows from k x 0.25 s, the last one through a pause, then it starts again."""
    open_gd(page, app_url, "lang=en")
    img = page.locator(".st-key-gradient_descent-anim .motion-moving img")
    img.wait_for(timeout=60_000)
    img.scroll_into_view_if_needed()
    page.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=img.element_handle())
    first = img.screenshot()
    page.wait_for_timeout(1000)
    assert img.screenshot() != first  # the point has moved on
    assert page.locator(IDLE).count() == 1 and page.locator(".js-plotly-plot").count() == 0
    seen = page.evaluate(FRAMES_AT, [img.get_attribute("src"), [0.1, 1.1, 7.6, 9.1, 9.3]])
    heads = [[h.split(":")[0] for h in frame] for frame in seen]
    assert heads == [[f"Step {k} of 30"] for k in (0, 4, 30, 30, 0)]


def test_the_animation_stands_still_for_reduced_motion_or_when_switched_off(page, app_url):
    """A system set to reduce motion gets the run standing on its last step (the moving picture
    hidden, the still one shown and unchanged a second later); the page's switch does the same
    for anyone; the animation plays again when motion is allowed and the switch is on."""
    open_gd(page, app_url, "lang=en")
    box = page.locator(".st-key-gradient_descent-anim")
    moving, still = box.locator(".motion-moving img"), box.locator(".motion-still img")
    moving.wait_for(timeout=60_000)
    moving.scroll_into_view_if_needed()
    assert moving.is_visible() and not still.is_visible()
    page.emulate_media(reduced_motion="reduce")
    still.wait_for(state="visible", timeout=10_000)
    assert not moving.is_visible()
    page.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=still.element_handle())
    first = still.screenshot()
    page.wait_for_timeout(1000)
    assert still.screenshot() == first
    page.emulate_media(reduced_motion="no-preference")
    moving.wait_for(state="visible", timeout=10_000)
    switch = page.locator(".st-key-gradient_descent-anim_play label").first
    switch.click()
    wait_idle(page)
    pic = box.locator(".svg-picture img")
    assert pic.count() == 1 and box.locator(".motion-moving").count() == 0
    page.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=pic.element_handle())
    first = pic.screenshot()
    page.wait_for_timeout(1000)
    assert pic.screenshot() == first  # switched off: it stands still
    switch.click()
    wait_idle(page)
    assert box.locator(".motion-moving img").count() == 1


def test_bad_formula_is_explained_where_it_goes_wrong(page, app_url):
    """A formula from a link that tries __import__ is refused with a notice; typing one shows its column."""
    open_gd(page, app_url, "lang=en&curve=formula")
    box = page.locator(MAIN).get_by_label("Loss formula L(w) =", exact=True).and_(page.locator("input"))
    box.fill("w**2 + 2w")
    box.press("Enter")
    wait_idle(page)
    page.locator(MAIN).get_by_text("multiplication sign is missing at column 9").wait_for(timeout=30_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "0.3855" in metric_values(page)


def caption_with(page, start: str):
    return page.locator(f'{MAIN} [data-testid="stCaptionContainer"]', has_text=start)


def test_steps_rerun_alone_but_shared_settings_reach_every_step(page, app_url):
    """Steps are fragments (ui/page.py): a change inside one step reruns that step, but the
    walk's settings are read by the next steps, so a change of one reruns its readers too.
    The curve reaches the valleys step too when it is (or was) the learner's formula, which the
    valleys then draw. The share link, built when it opens, has the new values too."""
    open_gd(page, app_url, "lang=en")
    behave = caption_with(page, "Curve: Bowl (convex) · start W₀ = -1")
    behave.first.wait_for(timeout=60_000)
    assert "learning rate = 0.1" in behave.first.inner_text()
    # A change of the valleys step's own learning rate: its caption changes, the walk's stay.
    valleys = caption_with(page, "steps from each start")
    before = valleys.first.inner_text()
    valleys_slider = (
        page.locator(MAIN).get_by_role("slider").nth(3)
    )  # your image: lr; walk: start, lr; valleys
    valleys_slider.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "([sel, old]) => { const c = [...document.querySelectorAll(sel)].find(e => e.innerText.includes("
        "'steps from each start')); return c && c.innerText !== old; }",
        arg=[f'{MAIN} [data-testid="stCaptionContainer"]', before],
        timeout=30_000,
    )
    wait_idle(page)
    assert "learning rate = 0.1" in behave.first.inner_text()
    # A shared change: the walk's start slider. The behaviours step (the next step) follows.
    start = page.locator(MAIN).get_by_role("slider").nth(1)
    assert start.get_attribute("aria-valuetext") == "-1.00"
    start.focus()
    page.keyboard.press("ArrowRight")
    caption_with(page, "start W₀ = -0.9").first.wait_for(timeout=30_000)
    wait_idle(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    # A preset in the behaviours step sets the walk's learning rate, shown in the walk's formula.
    page.locator(MAIN).get_by_role("button", name="Too big (1)").click()
    caption_with(page, "learning rate = 1 ·").first.wait_for(timeout=30_000)
    wait_idle(page)
    start.focus()  # and the walk's slider shows that rate: the next change keeps it
    page.keyboard.press("ArrowRight")
    caption_with(page, "start W₀ = -0.8 · learning rate = 1 ·").first.wait_for(timeout=30_000)
    wait_idle(page)
    # The curve is read by the valleys step too: there the learner's formula replaces theirs.
    page.locator(MAIN).get_by_text("Your own formula (optional)", exact=True).first.click()
    valleys.filter(has_text="Curve: Your own formula").first.wait_for(timeout=30_000)
    wait_idle(page)
    # Back to a built-in curve: the valleys draw their own again (they are rerun when the curve
    # they drew was the formula), and the walk and behaviours the plateau.
    page.locator(MAIN).get_by_text("Plateau", exact=True).first.click()
    valleys.filter(has_text="Curve: Several valleys").first.wait_for(timeout=30_000)
    caption_with(page, "Curve: Plateau").first.wait_for(timeout=30_000)
    wait_idle(page)
    page.locator(MAIN).get_by_text("Your own formula (optional)", exact=True).first.click()
    valleys.filter(has_text="Curve: Your own formula").first.wait_for(timeout=30_000)
    wait_idle(page)
    page.get_by_role("button", name="Share this view").click()
    code = page.locator('[role="dialog"] [data-testid="stCode"]')
    code.wait_for(timeout=15_000)
    link = code.inner_text()
    assert "start=-0.8" in link and "lr=1" in link and "curve=formula" in link, link


# ---------------------------------------------------------------- your image (issue 21)


def decoded(img) -> list[float]:
    """[natural width, drawn width] of a picture's image, once the browser has decoded it."""
    return img.evaluate(
        "img => img.decode().then(() => [img.naturalWidth, img.getBoundingClientRect().width])"
    )


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_3d_picture_shows_and_turns_without_redrawing_the_map(page, app_url, lang):
    """The contour maps are pictures drawn at a readable size (their 13 px text at least 12 px
    on screen). The toggle shows the 3-D surface as a picture (decoded by the browser: st.html's
    sanitiser would drop an inline SVG), below the contour map, whose image stays the same
    element with the same picture; the slider turns the surface."""
    open_gd(page, app_url, f"lang={lang}")
    page.set_viewport_size({"width": 1280, "height": 2000})
    the_map = page.locator(".st-key-gradient_descent-contour .contour2d img")
    the_map.wait_for(timeout=60_000)
    for img in (the_map, page.locator(".st-key-gradient_descent-opt_race .opt-race img")):
        natural, drawn = decoded(img)
        assert natural > 400 and drawn / natural * 13 >= 12, (natural, drawn)
    src = the_map.get_attribute("src")
    the_map.evaluate("img => { img.__kept = true }")
    toggle = page.locator('[class*="st-key-gradient_descent"][class*="show3d"]')
    toggle.scroll_into_view_if_needed()
    toggle.locator("label").click()
    picture = page.locator(".surface3d img")
    picture.wait_for(timeout=30_000)
    wait_idle(page)
    natural, drawn = decoded(picture)
    assert natural == 560 and drawn > 300  # the SVG decoded, and drawn at a readable size
    assert page.locator(".js-plotly-plot").count() == 0  # no chart: the picture is not a WebGL plot
    assert the_map.evaluate("img => img.__kept === true") and the_map.get_attribute("src") == src
    picture.scroll_into_view_if_needed()
    screenshot(page, f"gradient_descent-3d-{lang}")
    before = picture.get_attribute("src")
    slider = page.locator(MAIN).get_by_role("slider", name=text("gradient_descent.turn", lang))
    assert slider.get_attribute("aria-valuetext").startswith("-105")
    slider.focus()
    page.keyboard.press("ArrowRight")  # one step of 15 degrees
    page.wait_for_function(
        "before => document.querySelector('.surface3d img').getAttribute('src') !== before",
        arg=before,
        timeout=30_000,
    )
    wait_idle(page)
    assert page.locator('[data-testid="stException"]').count() == 0
