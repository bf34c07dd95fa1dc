"""Start the app like `streamlit run streamlit_app.py`, with TCP_NODELAY on every connection.

    python deploy/serve.py [streamlit run options ...]

Why: Streamlit 1.67 binds its listening socket without naming the TCP protocol, so asyncio
does not switch off Nagle's algorithm on the accepted connections (it only does so when
sock.proto == IPPROTO_TCP). A rerun sends many small WebSocket frames; with Nagle on, the
second frame waits for the browser's delayed ACK, which adds ~40 ms to every rerun (up to
200 ms with Windows clients). Measured with benchmarks/load_profile.py: see RESULTS.md.
This wrapper sets TCP_NODELAY for every TCP stream asyncio wraps, then runs Streamlit's CLI.
"""

from __future__ import annotations

import asyncio.base_events
import socket
import sys
from pathlib import Path


def _set_nodelay(sock: socket.socket) -> None:
    if sock.family in {socket.AF_INET, socket.AF_INET6} and sock.type == socket.SOCK_STREAM:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def main() -> None:
    asyncio.base_events._set_nodelay = _set_nodelay  # used by asyncio's socket transports
    from streamlit.web import cli

    app = str(Path(__file__).resolve().parents[1] / "streamlit_app.py")
    sys.argv = ["streamlit", "run", app, *sys.argv[1:]]
    cli.main()


if __name__ == "__main__":
    main()
