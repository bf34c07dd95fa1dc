"""A tiny asyncio HTTP/1.0 client for the load benchmark (no extra dependency).

The simulated browser needs only a few plain requests: the page HTML, /_stcore/health
(which sets the _streamlit_xsrf cookie), /_stcore/host-config, and the multipart PUT of an
upload. HTTP/1.0 keeps responses unchunked. Only loopback addresses are allowed.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def check_loopback(host: str) -> None:
    """The benchmark never sends traffic anywhere but this machine."""
    if host not in LOOPBACK:
        raise ValueError(f"refusing to target {host!r}: only 127.0.0.1 / localhost")


@dataclass
class Response:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None


@dataclass
class CookieJar:
    cookies: dict[str, str] = field(default_factory=dict)

    def update(self, resp: Response) -> None:
        for k, v in resp.headers:
            if k.lower() == "set-cookie":
                pair = v.split(";", 1)[0]
                name, _, value = pair.partition("=")
                self.cookies[name.strip()] = value.strip()

    def header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())


async def request(
    host: str,
    port: int,
    method: str,
    path: str,
    headers: dict[str, str] | None = None,
    body: bytes = b"",
    timeout: float = 30.0,
) -> Response:
    """One HTTP/1.0 request; returns status, headers and body."""
    check_loopback(host)
    lines = [f"{method} {path} HTTP/1.0", f"Host: {host}:{port}"]
    for k, v in (headers or {}).items():
        lines.append(f"{k}: {v}")
    if body or method in ("PUT", "POST"):
        lines.append(f"Content-Length: {len(body)}")
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode() + body

    async def go() -> Response:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            writer.write(raw)
            await writer.drain()
            data = await reader.read(-1)
        finally:
            writer.close()
        head, _, payload = data.partition(b"\r\n\r\n")
        head_lines = head.decode("latin-1").split("\r\n")
        status = int(head_lines[0].split()[1])
        hdrs = []
        for line in head_lines[1:]:
            k, _, v = line.partition(":")
            hdrs.append((k.strip(), v.strip()))
        return Response(status, hdrs, payload)

    return await asyncio.wait_for(go(), timeout)


def multipart(field_name: str, filename: str, content_type: str, data: bytes) -> tuple[str, bytes]:
    """(Content-Type header, body) of a one-file multipart/form-data request, as FormData sends."""
    boundary = "----explainer" + uuid.uuid4().hex
    body = (
        (
            f"--{boundary}\r\n"
            f'Content-Disposition: form-data; name="{field_name}"; filename="{filename}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return f"multipart/form-data; boundary={boundary}", body
