"""Start and measure the app servers the load test talks to (loopback only).

- start_app(): `streamlit run streamlit_app.py` on a free 127.0.0.1 port, with the repo's
  .streamlit/config.toml (it runs from the repo root), waiting for /_stcore/health.
- rss_mb(pid): resident memory from /proc/<pid>/status.
- pid_listening(port): which process listens on a local port (for --url without --start-server).
- start_nginx(): Debian's nginx in a temp dir, in front of several replicas (see cluster.py).
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_health(port: int, timeout: float = 90.0, proc: subprocess.Popen | None = None) -> None:
    """Poll /_stcore/health until it answers 200 (bounded by timeout)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        with (
            contextlib.suppress(OSError),
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r,
        ):
            if r.status == 200:
                return
        time.sleep(0.2)
    raise TimeoutError(f"no healthy server on port {port} after {timeout:.0f} s")


@dataclass
class Server:
    proc: subprocess.Popen
    port: int
    log: Path

    @property
    def pid(self) -> int:
        return self.proc.pid

    def stop(self) -> None:
        stop_process(self.proc)


def stop_process(proc: subprocess.Popen, timeout: float = 15.0) -> None:
    """SIGTERM this one process (by its id), then SIGKILL if it lingers."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def learner_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """This process's environment as a learner's `streamlit run` has it, plus `extra`.

    Without EXPLAINER_DEBUG (production: a failing step shows the friendly message) and without
    PYTHONDONTWRITEBYTECODE, which this machine sets: with it every new server compiled the
    app's ~150 modules from source (py-spy: ~0.1 s of a fresh server's first view), while a
    learner's Python keeps the compiled files after the first start (the Dockerfile compiles
    them into the image)."""
    env = {**os.environ, **(extra or {})}
    for name in ("EXPLAINER_DEBUG", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


def start_app(
    port: int | None = None,
    env: dict[str, str] | None = None,
    log_dir: Path | None = None,
    cookie_secret: str | None = None,
    nodelay: bool = False,
) -> Server:
    """Run the app like production (repo config, headless) on 127.0.0.1:port.

    nodelay: start it through deploy/serve.py (TCP_NODELAY on, memory trimmed, with
    MALLOC_ARENA_MAX=2 and jemalloc when installed, as the Docker image does) instead of plain `streamlit run streamlit_app.py`.
    """
    port = port or free_port()
    log_dir = log_dir or ROOT / "benchmarks" / "out"
    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / f"server-{port}.log"
    launch = (
        [str(ROOT / "deploy" / "serve.py")] if nodelay else ["-m", "streamlit", "run", "streamlit_app.py"]
    )
    cmd = [
        sys.executable, *launch,
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    full_env = learner_env(env)
    if cookie_secret:  # Streamlit refuses it as a CLI flag
        full_env["STREAMLIT_SERVER_COOKIE_SECRET"] = cookie_secret
    if nodelay:  # the Docker image's memory setting (deploy/serve.py, Dockerfile)
        full_env.setdefault("MALLOC_ARENA_MAX", "2")
    with open(log, "wb") as fh:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=full_env, stdout=fh, stderr=subprocess.STDOUT)
    server = Server(proc, port, log)
    try:
        wait_health(port, proc=proc)
    except BaseException:
        server.stop()
        raise
    return server


def rss_mb(pid: int) -> float | None:
    """Resident set size of a process in MB (VmRSS in /proc/<pid>/status)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time (s) of these processes, from /proc/<pid>/stat."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for pid in pids:
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def autogroup_nice(pid: int) -> int | None:
    """The niceness of the process's autogroup (None when the kernel has no autogroups)."""
    try:
        return int(Path(f"/proc/{pid}/autogroup").read_text().split()[-1])
    except (OSError, ValueError, IndexError):
        return None


def renice(pid: int, niceness: int) -> None:
    """Set every thread of a process to this niceness (negative values need root).

    With the kernel's autogroup scheduling (sched_autogroup_enabled=1) a thread's nice only
    ranks it within its session, so the process's autogroup gets the same niceness.
    """
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, int(task.name), niceness)
    with contextlib.suppress(OSError):
        Path(f"/proc/{pid}/autogroup").write_text(str(niceness))


def pid_listening(port: int) -> int | None:
    """The pid of the process with a listening TCP socket on this local port, if visible."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                parts = line.split()
                if parts[3] == "0A" and int(parts[1].rsplit(":", 1)[1], 16) == port:
                    inodes.add(parts[9])
    if not inodes:
        return None
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            for fd in (proc / "fd").iterdir():
                link = os.readlink(fd)
                if link.startswith("socket:[") and link[8:-1] in inodes:
                    return int(proc.name)
    return None
