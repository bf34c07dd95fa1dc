"""What bench_browser.py reads from the page: an injected probe that times on the page's own clock.

The probe (PROBE_JS, added to every document before Streamlit's own scripts) keeps, in
`window.__bp`:
  - t0: when the measured wait began, in performance.now() ms: 0 for a page load (navigation
    start), else the first pointerdown/keydown after arm() (the learner's input);
  - every change the learner could see: DOM mutations anywhere in the document, websocket
    messages arriving, the script state on `[data-testid="stApp"]`; the time of the frame
    after the last change (a requestAnimationFrame) is the candidate "settled" moment;
  - settled: set once, when nothing changed for QUIET_MS and the app is idle
    (`data-test-script-state="notRunning"`, no lazy-loading placeholder left: Streamlit 1.67
    draws them as `[data-testid="stSkeleton"]`, without a `.stSkeleton` class) and the wait
    did happen (a websocket message arrived; for a page load the state is "initial" until
    the first run, and a quick run can go from "rerunRequested" to "notRunning" without a
    "running" in between that the DOM ever shows). Its value is the candidate above, so the quiet window itself
    is not counted, and Playwright's polling (every 200 ms) never inflates it;
  - long tasks (PerformanceObserver 'longtask'), for the total blocking time since t0;
  - long animation frames ('long-animation-frame'), for where that time went: ms per script
    file (Streamlit's chunks by name, e.g. PlotlyChart, index), forced style and layout, and
    the frames' own rendering (style, layout, paint at the end of a frame);
  - charts redrawn: the `.js-plotly-plot` elements whose inside changed since t0;
  - script: from the script state turning "running" (or "rerunRequested") to its last
    "notRunning", as the page saw them: the server's run plus the browser's lag in handling
    its messages (the rest of "settled" is the browser drawing after the run);
  - the largest websocket message since t0 (the benchmark also reads Playwright's frames);
  - sign: how long the working sign (ui/busy.py) was up during the wait: the time its
    selector matched, checked every frame, less its 0.3 s delay per stretch.

The probe's own work (a MutationObserver callback per batch of changes) is a small part of
what it measures; plotly's SVG redraws produce the most records.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.servers import cpu_seconds, learner_env, stop_process, wait_health  # noqa: E402
from ui.busy import DELAY  # noqa: E402

QUIET_MS = 400
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

PROBE_JS = """
(() => {
  const QUIET = __QUIET__;
  const SIGN_DELAY = __SIGN_DELAY__;
  const SKELETON = '[data-testid="stSkeleton"], .stSkeleton, [data-testid="stAppSkeleton"]';
  const P = window.__bp = {t0: 0, page: true, armed: false, ran: false, msgs: 0, maxMsg: 0,
    last: 0, lastFrame: 0, settled: null, longtasks: [], redrawn: new Set(), states: []};
  const now = () => performance.now();
  let timer = null;
  const appState = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    return app ? app.getAttribute('data-test-script-state') : null;
  };
  const check = () => {
    timer = null;
    if (P.settled !== null || P.armed) return;
    const quiet = now() - P.last;
    if (quiet < QUIET) { timer = setTimeout(check, QUIET - quiet + 5); return; }
    const ready = appState() === 'notRunning' && !document.querySelector(SKELETON)
      && P.msgs > 0 && (!P.page || document.querySelector('[data-testid="stMain"]'));
    if (!ready) return;
    P.settled = Math.max(P.lastFrame, P.last);
    if (P.signOn !== null) P.sign += Math.max(0, P.settled - P.signOn - SIGN_DELAY);
  };
  const touch = () => {
    P.last = now();
    requestAnimationFrame(() => { P.lastFrame = now(); });
    if (timer === null) timer = setTimeout(check, QUIET + 5);
  };
  P.arm = () => {  // the next input starts a new measurement
    P.armed = true; P.page = false; P.settled = null; P.ran = false; P.msgs = 0; P.maxMsg = 0;
    P.redrawn = new Set(); P.states = [];
  };
  // The working sign (ui/busy.py): time its selector matched, per frame, while a wait lasts.
  P.signOn = null; P.sign = 0;
  let loop = 0;  // one sampling loop at a time: a new wait ends the previous one's
  // The sign is on when its rule gives stApp a ::before (content other than none). Reading the
  // computed style is what the frame does anyway; document.querySelector(ui.busy.BUSY) with its :has()
  // selectors walked the whole page on every frame (~2 ms each on gradient-descent): the probe
  // then added a tenth of the main-thread time it was measuring.
  const signOn = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    return !!app && getComputedStyle(app, '::before').content !== 'none';
  };
  const sampler = (mine) => {
    const sign = () => {
      if (mine !== loop || P.armed || P.settled !== null) return;
      const on = signOn();
      if (on && P.signOn === null) P.signOn = now();
      if (!on && P.signOn !== null) { P.sign += Math.max(0, now() - P.signOn - SIGN_DELAY); P.signOn = null; }
      requestAnimationFrame(sign);
    };
    return sign;
  };
  requestAnimationFrame(sampler(++loop));
  const start = () => {
    if (!P.armed) return;
    P.armed = false; P.t0 = now(); P.sign = 0; P.signOn = null; touch();
    requestAnimationFrame(sampler(++loop));
  };
  addEventListener('pointerdown', start, true);
  addEventListener('keydown', start, true);
  let lastState = null;
  new MutationObserver((records) => {
    let lastTarget = null;
    for (const r of records) {
      if (r.target === lastTarget) continue;
      lastTarget = r.target;
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      const chart = el && el.closest('.js-plotly-plot');
      if (chart && !P.armed) P.redrawn.add(chart);
    }
    const s = appState();
    if (s !== lastState) {
      lastState = s; P.states.push([Math.round(now()), s]);
      if (s === 'running' && !P.armed) P.ran = true;
    }
    touch();
  }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) P.longtasks.push([e.startTime, e.duration]);
    }).observe({type: 'longtask', buffered: true});
  } catch (e) {}
  P.frames = [];  // long animation frames: where the time went (script file, layout, rendering)
  try {
    new PerformanceObserver((list) => {
      for (const f of list.getEntries()) {
        const render = f.renderStart ? f.startTime + f.duration - f.renderStart : 0;
        const scripts = f.scripts.map((x) => [(x.sourceURL || x.invoker || '?').split('/').pop()
          .replace(/[.][A-Za-z0-9_-]{8}[.]js$/, ''), x.duration, x.forcedStyleAndLayoutDuration]);
        P.frames.push([f.startTime, render, scripts]);
      }
    }).observe({type: 'long-animation-frame', buffered: true});
  } catch (e) {}
  const WS = window.WebSocket;
  window.WebSocket = class extends WS {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        if (P.armed) return;
        const d = e.data;
        const n = d.byteLength !== undefined ? d.byteLength : (d.size !== undefined ? d.size : d.length);
        P.msgs += 1; P.maxMsg = Math.max(P.maxMsg, n); touch();
      });
    }
  };
})();
""".replace("__QUIET__", str(QUIET_MS)).replace("__SIGN_DELAY__", str(int(float(DELAY.rstrip("s")) * 1000)))

# Read once the probe has settled: times relative to t0 and what is on the screen.
RESULT_JS = """() => {
  const P = window.__bp;
  const tbt = P.longtasks.filter(([s, d]) => s + d > P.t0 && s <= P.settled)
    .reduce((a, [s, d]) => a + Math.max(0, d - 50), 0);
  const where = {};  // ms per script file (Streamlit's chunks by name), forced and frame-end layout
  const add = (k, v) => { where[k] = (where[k] || 0) + v; };
  for (const [start, render, scripts] of P.frames.filter(([s]) => s >= P.t0 && s <= P.settled)) {
    add('rendering', render);
    for (const [file, d, forced] of scripts) { add(file, d - forced); add('forced layout', forced); }
  }
  const began = P.states.find(([t, s]) => t >= P.t0 && (s === 'running' || s === 'rerunRequested'));
  const ended = [...P.states].reverse().find(([t, s]) => s === 'notRunning');
  const main = document.querySelector('[data-testid="stMain"]');
  return {settled_ms: P.settled - P.t0, tbt_ms: tbt,
    sign_ms: P.sign,
    script_ms: began && ended && ended[0] > began[0] ? ended[0] - began[0] : null, msgs: P.msgs, max_msg: P.maxMsg,
    charts: document.querySelectorAll('.js-plotly-plot').length, redrawn: P.redrawn.size,
    scenes: document.querySelectorAll('.js-plotly-plot .gl-container [id^="scene"]').length,
    height: main ? main.scrollHeight : 0, states: P.states, where: Object.entries(where)
      .map(([k, v]) => [k, Math.round(v)]).sort((a, b) => b[1] - a[1]).slice(0, 6),
    exceptions: document.querySelectorAll('[data-testid="stException"]').length};
}"""


@dataclass
class Served:
    """A `streamlit run` of one script, started by this benchmark."""

    proc: subprocess.Popen
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def tensorflow_loaded(self) -> bool:
        try:
            return "tensorflow" in Path(f"/proc/{self.proc.pid}/maps").read_text()
        except OSError:
            return False

    def stop(self) -> None:
        stop_process(self.proc)


def serve(script: str, cwd: Path, port: int) -> Served:
    """`streamlit run script` in cwd (its .streamlit/config.toml applies) on 127.0.0.1:port."""
    env = learner_env()  # as a learner runs it
    cmd = [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true",
           "--browser.gatherUsageStats", "false"]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        wait_health(port, proc=proc)
    except BaseException:
        stop_process(proc)
        raise
    return Served(proc, port)


@contextlib.contextmanager
def floor_app():
    """A directory holding a one-line `st.write("hello")` app (app.py) and the same with one small
    plotly chart (chart.py), with the repo's config."""
    d = Path(tempfile.mkdtemp(prefix="bench_browser_"))
    (d / "app.py").write_text('import streamlit as st\n\nst.write("hello")\n')
    (d / "chart.py").write_text(
        "import plotly.graph_objects as go\nimport streamlit as st\n\nst.write('hello')\n"
        "st.plotly_chart(go.Figure(go.Scatter(x=[0, 1, 2], y=[1, 0, 2])))\n"
    )
    shutil.copytree(ROOT / ".streamlit", d / ".streamlit")
    try:
        yield d
    finally:
        shutil.rmtree(d, ignore_errors=True)


class FrameSizes:
    """The largest websocket frame Playwright saw on a page since the last reset()."""

    def __init__(self, page) -> None:
        self.largest = 0
        page.on("websocket", self._socket)

    def _socket(self, ws) -> None:
        ws.on("framereceived", self._frame)

    def _frame(self, payload) -> None:
        self.largest = max(self.largest, len(payload))

    def reset(self) -> None:
        self.largest = 0


STATE_JS = """() => { const P = window.__bp; if (!P) return 'no probe';
  const app = document.querySelector('[data-testid="stApp"]');
  return `state ${app && app.getAttribute('data-test-script-state')}, ${P.msgs} msgs, `
    + `quiet ${Math.round(performance.now() - P.last)} ms, armed ${P.armed}`; }"""


class NotSettled(TimeoutError):
    """The page did not settle in time; the message says what the probe saw."""


def wait_settled(page, timeout_ms: float) -> dict:
    """Wait until the probe has settled, then read what it measured."""
    try:
        page.wait_for_function(
            "() => window.__bp && window.__bp.settled !== null", polling=200, timeout=timeout_ms
        )
    except Exception as e:
        try:
            seen = page.evaluate(STATE_JS)
        except Exception:
            seen = "page not readable"
        raise NotSettled(f"not settled after {timeout_ms / 1000:.0f} s ({seen})") from e
    return page.evaluate(RESULT_JS)


def open_and_measure(page, url: str, timeout_ms: float) -> dict:
    """Load `url` from scratch and time it from navigation start to settled."""
    page.goto(url, wait_until="commit", timeout=timeout_ms)
    return wait_settled(page, timeout_ms)


def act_and_measure(page, act, timeout_ms: float) -> dict:
    """Arm the probe, do `act(page)` (its last input starts the clock), time it to settled."""
    page.evaluate("() => window.__bp.arm()")
    act(page)
    return wait_settled(page, timeout_ms)


class CpuMeter:
    """CPU seconds used by the browser (all its processes: renderers, GPU, network, browser) and
    by a server process: unlike wall-clock times, these barely move with the machine's load."""

    def __init__(self, browser) -> None:
        self.cdp = browser.new_browser_cdp_session()

    def _browser(self) -> dict[int, float]:
        info = self.cdp.send("SystemInfo.getProcessInfo")["processInfo"]
        return {p["id"]: p["cpuTime"] for p in info}

    def start(self, server_pid: int) -> tuple:
        return server_pid, self._browser(), cpu_seconds([server_pid])

    def stop(self, started: tuple) -> dict:
        """{"browser_cpu", "server_cpu"} since start(); a browser process that appeared meanwhile
        counts in full, one that ended meanwhile is lost (none does while a page is measured)."""
        pid, before, server = started
        after = self._browser()
        used = sum(t - before.get(p, 0.0) for p, t in after.items())
        return {"browser_cpu": used, "server_cpu": cpu_seconds([pid]) - server}
