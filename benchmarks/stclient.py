"""One simulated browser tab speaking Streamlit's real protocol (Streamlit 1.67).

What the frontend does, and so what this client does:
1. GET the page's HTML, then /_stcore/health (sets the _streamlit_xsrf cookie) and
   /_stcore/host-config.
2. Open ws://host:port/_stcore/stream with subprotocols ["streamlit", <xsrf cookie>] and the
   cookies (a load balancer's route cookie rides along, so the socket lands on the same replica).
3. Send BackMsg.rerun_script with a ClientState (page_name = url path, query_string, widget
   states, cached message hashes). The run is over at ForwardMsg.script_finished
   (FINISHED_EARLY_FOR_RERUN is not the end: the app called st.rerun and runs again).
4. Deltas carry the element protos; widgets are found by their `id` field. A delta drawn by
   a fragment (st.fragment) names it (delta.fragment_id); a change of a widget in a fragment
   asks for a rerun of that fragment only (ClientState.fragment_id), which ends with
   FINISHED_FRAGMENT_RUN_SUCCESSFULLY, or with a full run if a callback calls st.rerun().
5. Uploads: BackMsg.file_urls_request -> ForwardMsg.file_urls_response -> multipart PUT to
   /_stcore/upload_file/<session>/<file> with header X-Xsrftoken = the xsrf cookie.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from dataclasses import dataclass, field

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.Common_pb2 import FileURLsRequest, UploadedFileInfo
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from benchmarks import http_mini
from benchmarks.widget_changes import Widget, widget_change  # noqa: F401  (re-exported)

WIDGET_KINDS = {"slider", "checkbox", "radio", "selectbox", "number_input", "button", "file_uploader"}
DONE = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR}
REPLICA_HEADER = "X-Replica"  # only the multi-replica test's nginx adds it


@dataclass
class Stats:
    """Measurements of one student; merged by the load test."""

    start: float | None = None  # HTML request -> first script_finished (s)
    runs: list[tuple[str, float, str]] = field(default_factory=list)  # (kind, seconds, page)
    errors: list[str] = field(default_factory=list)
    max_msg: tuple[int, str] = (0, "")  # (bytes, what) of the largest ForwardMsg
    replicas: set[str] = field(default_factory=set)
    uploads_ok: int = 0
    finished: int = 0  # completed script runs
    fragment_runs: int = 0  # of which reruns of one fragment (a widget inside a page's step)
    role: str = "browser"  # or "trainer"


def element_summary(msg: ForwardMsg) -> str:
    kind = msg.WhichOneof("type") or "?"
    if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
        return "delta." + (msg.delta.new_element.WhichOneof("type") or "?")
    return kind


class Student:
    """A browser tab. Use: await open(page) -> rerun(...)* -> close()."""

    def __init__(self, host: str, port: int, lang: str, error_texts: frozenset[str] = frozenset()):
        http_mini.check_loopback(host)
        self.host, self.port, self.lang = host, port, lang
        self.error_texts = error_texts
        self.jar = http_mini.CookieJar()
        self.stats = Stats()
        self.widgets: dict[str, Widget] = {}  # id -> widget, from the last finished run
        self.states: dict[str, WidgetState] = {}  # widget values this student set
        self.page_hashes: dict[str, str] = {}  # url path -> page_script_hash
        self.query_string = f"lang={lang}"
        self.page = ""
        self.session_id = ""
        self._cache: dict[str, ForwardMsg] = {}  # the frontend's ForwardMsg cache
        self._run_widgets: dict[str, Widget] = {}
        self._done = asyncio.Event()
        self._file_urls: dict[str, asyncio.Future] = {}
        self._ws = None
        self._reader: asyncio.Task | None = None
        self._auto: asyncio.Task | None = None
        self._auto_fragment = ""
        self.fragments_drawn: set[str] = set()  # fragments whose elements the last run sent
        self._fragment_wait = False  # waiting for a fragment rerun a widget change asked for
        self._closing = False
        self._auto_fresh = False  # an auto_rerun arrived during the current full run

    # ---------- connection ----------
    async def _get(self, path: str) -> http_mini.Response:
        headers = {"Cookie": self.jar.header()} if self.jar.cookies else {}
        resp = await http_mini.request(self.host, self.port, "GET", path, headers)
        self.jar.update(resp)
        self._note_replica(resp.header(REPLICA_HEADER))
        return resp

    def _note_replica(self, value: str | None) -> None:
        if value:
            self.stats.replicas.add(value)

    async def open(self, page: str = "", timeout: float = 60.0) -> None:
        """Load the page like a browser and wait for its first screen."""
        t0 = time.perf_counter()
        self.page = page
        html = await self._get(f"/{page}?{self.query_string}")
        for path in ("/_stcore/health", "/_stcore/host-config"):
            resp = await self._get(path)
            if resp.status != 200:
                self.stats.errors.append(f"http {path} {resp.status}")
        if html.status != 200:
            self.stats.errors.append(f"http page {html.status}")
        xsrf = self.jar.cookies.get("_streamlit_xsrf") or "PLACEHOLDER_AUTH_TOKEN"
        headers = {"Cookie": self.jar.header()} if self.jar.cookies else {}
        self._ws = await connect(
            f"ws://{self.host}:{self.port}/_stcore/stream",
            subprotocols=["streamlit", xsrf],
            additional_headers=headers,
            origin=f"http://{self.host}:{self.port}",
            max_size=None,
            open_timeout=timeout,
            ping_interval=None,
        )
        self._note_replica(self._ws.response.headers.get(REPLICA_HEADER))
        self._reader = asyncio.create_task(self._read())
        if await self._run(BackMsg(), timeout, kind=None):
            self.stats.start = time.perf_counter() - t0

    async def close(self) -> None:
        self._closing = True
        for task in (self._auto, self._reader):
            if task:
                task.cancel()
                with contextlib.suppress(BaseException):
                    await task
        if self._ws is not None:
            with contextlib.suppress(Exception):
                await self._ws.close()

    # ---------- script runs ----------
    def _client_state(self, back: BackMsg, page: str, fragment_id: str = "", auto: bool = True) -> None:
        cs = back.rerun_script
        cs.query_string = self.query_string
        cs.page_name = page
        if page in self.page_hashes:
            cs.page_script_hash = self.page_hashes[page]
        cs.widget_states.widgets.extend(self.states.values())
        cs.cached_message_hashes.extend(self._cache)
        if fragment_id:
            cs.fragment_id = fragment_id
            cs.is_auto_rerun = auto

    async def _run(
        self, back: BackMsg, timeout: float, kind: str | None, page: str | None = None, fragment_id: str = ""
    ) -> bool:
        """Send one rerun_script (of the page, or of one fragment) and wait for its script_finished.
        True when it finished."""
        if self._ws is None:
            return False
        self._client_state(back, self.page if page is None else page, fragment_id, auto=False)
        self._fragment_wait = bool(fragment_id)
        self._done.clear()
        self._run_widgets = {}
        self.fragments_drawn = set()
        t0 = time.perf_counter()
        try:
            await self._ws.send(back.SerializeToString())
            await asyncio.wait_for(self._done.wait(), timeout)
        except TimeoutError:
            self.stats.errors.append(f"timeout {kind or 'start'} on /{self.page}")
            return False
        except ConnectionClosed:
            return False  # the reader records the dropped connection
        if kind:
            self.stats.runs.append((kind, time.perf_counter() - t0, self.page))
        return True

    async def goto(self, page: str, timeout: float = 60.0, steps: str = "all") -> bool:
        """Switch page the way the navigation does (the student keeps ?lang=).

        Pages reveal their steps as a learner continues (?step=); a simulated student has
        gone through the whole page (steps="all"), the heaviest case. steps="" opens a page
        as a first visit does."""
        self.page = page
        self.query_string = f"lang={self.lang}" + (f"&step={steps}" if steps else "")
        self.states.clear()
        return await self._run(BackMsg(), timeout, kind="page")

    async def set_widget(self, state: WidgetState, kind: str = "widget", timeout: float = 60.0) -> bool:
        """Change one widget (as a user does) and wait for the rerun. A click is sent once."""
        self.states[state.id] = state
        w = self.widgets.get(state.id)
        try:
            return await self._run(BackMsg(), timeout, kind, fragment_id=w.fragment_id if w else "")
        finally:
            if state.HasField("trigger_value"):
                self.states.pop(state.id, None)

    # ---------- uploads ----------
    async def upload(self, data: bytes, name: str = "digit.png", mime: str = "image/png") -> bool:
        """Upload a file the way st.file_uploader does; True when the server took it."""
        if self._ws is None or not self.session_id:
            return False
        req_id = uuid.uuid4().hex
        fut = asyncio.get_running_loop().create_future()
        self._file_urls[req_id] = fut
        back = BackMsg(
            file_urls_request=FileURLsRequest(
                request_id=req_id, file_names=[name], session_id=self.session_id
            )
        )
        await self._ws.send(back.SerializeToString())
        resp = await asyncio.wait_for(fut, 30)
        if resp.error_msg or not resp.file_urls:
            self.stats.errors.append(f"file urls: {resp.error_msg}")
            return False
        urls = resp.file_urls[0]
        ctype, body = http_mini.multipart("file", name, mime, data)
        headers = {
            "Content-Type": ctype,
            "Cookie": self.jar.header(),
            "X-Xsrftoken": self.jar.cookies.get("_streamlit_xsrf", ""),
            "Origin": f"http://{self.host}:{self.port}",
        }
        put = await http_mini.request(self.host, self.port, "PUT", urls.upload_url, headers, body)
        self._note_replica(put.header(REPLICA_HEADER))
        if put.status not in (200, 204):
            self.stats.errors.append(f"upload {put.status}: {put.body[:120]!r}")
            return False
        self.stats.uploads_ok += 1
        uploader = next((wid for wid, w in self.widgets.items() if w.kind == "file_uploader"), None)
        if uploader:  # the page has an uploader: hand it the file like the browser does
            st = WidgetState(id=uploader)
            st.file_uploader_state_value.uploaded_file_info.append(
                UploadedFileInfo(file_id=urls.file_id, name=name, size=len(data), file_urls=urls)
            )
            return await self.set_widget(st, kind="upload")
        return True

    # ---------- incoming messages ----------
    async def _read(self) -> None:
        try:
            async for raw in self._ws:
                msg = ForwardMsg()
                msg.ParseFromString(raw)
                if len(raw) > self.stats.max_msg[0]:
                    self.stats.max_msg = (len(raw), element_summary(msg))
                self._handle(msg)
        except ConnectionClosed:
            pass
        if not self._closing:
            self.stats.errors.append(f"dropped connection on /{self.page}")
            self._done.set()

    def _handle(self, msg: ForwardMsg) -> None:
        if msg.HasField("ref_hash"):
            msg = self._cache.get(msg.ref_hash, msg)
        elif msg.hash and msg.metadata.cacheable:
            if len(self._cache) > 300:
                self._cache.pop(next(iter(self._cache)))
            self._cache[msg.hash] = msg
        kind = msg.WhichOneof("type")
        if kind == "new_session":
            self.session_id = msg.new_session.initialize.session_id or self.session_id
        elif kind == "navigation":  # the latest navigation wins (st.navigation replaces app_pages/)
            self.page_hashes = {}
            for p in msg.navigation.app_pages:
                self.page_hashes[p.url_pathname] = p.page_script_hash
        elif kind == "page_info_changed":
            self.query_string = msg.page_info_changed.query_string
        elif kind == "page_not_found":
            self.stats.errors.append(f"page_not_found /{self.page}")
        elif kind == "session_event" and msg.session_event.HasField("script_compilation_exception"):
            self.stats.errors.append(f"compile error on /{self.page}")
        elif kind == "delta":
            self._delta(msg)
        elif kind == "file_urls_response":
            fut = self._file_urls.pop(msg.file_urls_response.response_id, None)
            if fut and not fut.done():
                fut.set_result(msg.file_urls_response)
        elif kind == "auto_rerun":
            self._auto_fresh = True
            self._start_auto(msg.auto_rerun.interval, msg.auto_rerun.fragment_id)
        elif kind == "stop_auto_rerun" and self._auto_fragment in msg.stop_auto_rerun.fragment_ids:
            self._stop_auto()
        elif kind == "script_finished":
            status = msg.script_finished
            if status == ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY:
                self.widgets.update(self._run_widgets)
                if self._fragment_wait:  # the rerun of the fragment a widget change asked for
                    self._fragment_wait = False
                    self.stats.finished += 1
                    self.stats.fragment_runs += 1
                    self._done.set()
            elif status in DONE:
                self._fragment_wait = False
                if not self._auto_fresh:  # each full run re-creates the timers it still wants
                    self._stop_auto()
                self._auto_fresh = False
                self.stats.finished += 1
                self.widgets = self._run_widgets
                self.states = {k: v for k, v in self.states.items() if k in self.widgets}
                self._done.set()

    def _delta(self, msg: ForwardMsg) -> None:
        if msg.delta.fragment_id:
            self.fragments_drawn.add(msg.delta.fragment_id)
        if msg.delta.WhichOneof("type") != "new_element":
            return
        el = msg.delta.new_element
        kind = el.WhichOneof("type")
        if kind == "exception":
            self.stats.errors.append(f"exception on /{self.page}: {el.exception.message[:200]}")
        elif kind == "alert" and el.alert.body in self.error_texts:
            self.stats.errors.append(f"step error on /{self.page}")
        elif kind in WIDGET_KINDS:
            proto = getattr(el, kind)
            self._run_widgets[proto.id] = Widget(kind, proto, msg.delta.fragment_id)

    def _stop_auto(self) -> None:
        if self._auto:
            self._auto.cancel()
            self._auto = None

    def _start_auto(self, interval: float, fragment_id: str) -> None:
        """st.fragment(run_every=...): the browser reruns the fragment on a timer."""
        self._stop_auto()
        self._auto_fragment = fragment_id

        async def tick() -> None:
            for _ in range(10_000):  # bounded; the student closes long before
                await asyncio.sleep(max(interval, 0.1))
                if self._ws is None or self._closing:
                    return
                back = BackMsg()
                self._client_state(back, self.page, fragment_id)
                with contextlib.suppress(ConnectionClosed):
                    await self._ws.send(back.SerializeToString())

        self._auto = asyncio.create_task(tick())
