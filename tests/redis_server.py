"""A throwaway redis-server for tests (and the `redis_url` fixture): on a free loopback port.

No persistence (--save "" --appendonly no), so it writes nothing to disk.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

START_TIMEOUT_S = 10.0  # a cold redis-server answers PING within milliseconds; CI machines can be slow


def redis_server_binary() -> str | None:
    """The path of redis-server, or None if it is not installed."""
    return shutil.which("redis-server") or shutil.which("/usr/bin/redis-server")


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@contextmanager
def running_redis(binary: str) -> Iterator[int]:
    """Start redis-server on a free port, wait until it answers PING; yield the port."""
    port = free_port()
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _answers_ping(port):
            if proc.poll() is not None:
                raise RuntimeError(f"redis-server exited: {proc.stderr.read().decode(errors='replace')}")
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"redis-server did not answer PING on port {port} within {START_TIMEOUT_S} s"
                )
            time.sleep(0.02)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()


def _unavailable(reason: str) -> None:
    """Skip locally; under CI=true the Redis backend must really be tested, so fail."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def redis_url():
    """redis://... of a redis-server started for this test session."""
    binary = redis_server_binary()
    if binary is None:
        _unavailable("redis-server is not installed (apt-get install redis-server)")
    try:
        import redis  # noqa: F401
    except ImportError:
        _unavailable("the redis package is not installed (pip install redis)")
    with running_redis(binary) as port:
        yield f"redis://127.0.0.1:{port}/0"
