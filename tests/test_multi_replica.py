"""Two replicas behind Debian's nginx (deploy/nginx.conf) on loopback: sticky sessions work.

The load client goes through nginx. Each student's page, health check, websocket and upload
must reach one replica (nginx adds X-Replica in the test), both replicas get students, nothing
errs, and uploads (which only the replica holding the session accepts) succeed.
"""

import asyncio
import concurrent.futures
import ctypes.util
import gzip
import re
import urllib.request
from pathlib import Path

import pytest

from benchmarks import cluster, http_mini, load_students, loadtest
from benchmarks.stclient import Student


def run_async(coro):
    """asyncio.run in a thread of its own: the browser tests' Playwright keeps an event loop
    running in the main thread for the whole session, and asyncio.run refuses to nest."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(cluster.nginx_binary() is None, reason="needs Debian's nginx"),
]


def test_sessions_stick_to_one_replica_through_nginx():
    """12 students through nginx: zero errors, every session on one replica, uploads work;
    where the system has jemalloc, each replica runs with it."""
    args = loadtest.parse_args(
        ["--students", "12", "--waves", "1", "--duration", "3", "--ramp", "1", "--think", "0.3",
         "--settle", "0", "--upload", "--no-warmup"]
    )  # fmt: skip
    with cluster.cluster(2, nodelay=True) as (port, replicas):  # replicas run as in production
        if ctypes.util.find_library("jemalloc"):  # deploy/serve.py restarted itself with it
            for r in replicas:
                assert "jemalloc" in Path(f"/proc/{r.pid}/maps").read_text()
        result = run_async(loadtest.measure(args, "127.0.0.1", port, [r.pid for r in replicas], []))
        (wave,) = result["waves"]
        assert wave["errors"] == 0, wave["error_samples"]
        assert wave["got_first_screen"] == 12
        assert wave["sessions_on_one_replica"]
        assert len(wave["students_per_replica"]) == 2, "nginx sent every student to one replica"
        assert sum(wave["students_per_replica"].values()) == 12  # every student saw its replica
        assert wave["uploads_ok"] == 12
        run_async(only_own_replica_takes_uploads(port, [r.port for r in replicas]))


async def only_own_replica_takes_uploads(port: int, replica_ports: list[int]) -> None:
    """Control: the same upload sent straight to the other replica is refused (so stickiness matters)."""
    st = Student("127.0.0.1", port, "en")
    try:
        await st.open("")
        (own,) = st.stats.replicas
        other = next(p for p in replica_ports if f"127.0.0.1:{p}" != own)
        ctype, body = http_mini.multipart("file", "a.png", "image/png", load_students.tiny_png())
        headers = {
            "Content-Type": ctype,
            "Cookie": st.jar.header(),
            "X-Xsrftoken": st.jar.cookies["_streamlit_xsrf"],
        }
        path = f"/_stcore/upload_file/{st.session_id}/control-file"
        wrong = await http_mini.request("127.0.0.1", other, "PUT", path, headers, body)
        right = await http_mini.request("127.0.0.1", int(own.rsplit(":", 1)[1]), "PUT", path, headers, body)
        assert wrong.status == 400 and b"sticky" in wrong.body
        assert right.status == 204
    finally:
        await st.close()


def fetch(url: str, gzip_ok: bool) -> tuple[bytes, str]:
    """The body as sent (compressed or not) and its Content-Encoding."""
    headers = {"Accept-Encoding": "gzip"} if gzip_ok else {}
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as r:
        return r.read(), r.headers.get("Content-Encoding", "")


def test_a_first_visit_gets_streamlits_code_compressed_through_nginx():
    """Through nginx the page's largest scripts arrive gzip-compressed when the browser accepts
    it (under half their size) and decompress to the very bytes the replica serves; a client
    that does not accept gzip gets them plain."""
    with cluster.cluster(2, nodelay=True) as (port, replicas):
        base = f"http://127.0.0.1:{port}"
        page, _ = fetch(f"{base}/", gzip_ok=False)
        scripts = re.findall(r'src="\.?/?(static/js/[^"]+[.]js)"', page.decode())
        assert scripts, page[:300]
        for path in scripts:
            packed, encoding = fetch(f"{base}/{path}", gzip_ok=True)
            plain, none = fetch(f"{base}/{path}", gzip_ok=False)
            direct, _ = fetch(f"http://127.0.0.1:{replicas[0].port}/{path}", gzip_ok=False)
            assert encoding == "gzip" and none == ""
            assert gzip.decompress(packed) == plain == direct
            assert len(packed) < len(plain) / 2, (path, len(packed), len(plain))
