"""Two replicas of the app behind Debian's nginx on loopback, with sticky sessions.

Runs deploy/nginx.conf itself (the file IT staff install), rewritten only for loopback ports,
a temp dir for nginx's files, and one debug header (X-Replica: the upstream that answered) so
the load client can see which replica served each request. Needs `apt-get install nginx`;
changes nothing outside the temp dir.

    with cluster(2) as (port, replicas): ...   # port: nginx on 127.0.0.1
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from benchmarks import servers
from benchmarks.stclient import REPLICA_HEADER

DEPLOY_CONF = servers.ROOT / "deploy" / "nginx.conf"
DEFAULT_PORTS = ("127.0.0.1:8501", "127.0.0.1:8502")


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)


def loopback_conf(tmp: Path, listen_port: int, replica_ports: list[int]) -> Path:
    """A complete nginx.conf in tmp that includes deploy/nginx.conf, pointed at our ports."""
    site = DEPLOY_CONF.read_text()
    for default, port in zip(DEFAULT_PORTS, replica_ports, strict=True):
        site = site.replace(default, f"127.0.0.1:{port}")
    site = site.replace("listen 80;", f"listen 127.0.0.1:{listen_port};")
    site = site.replace(
        "    location / {\n",
        f"    location / {{\n        add_header {REPLICA_HEADER} $upstream_addr always;\n",
        1,
    )
    (tmp / "site.conf").write_text(site)
    conf = tmp / "nginx.conf"
    conf.write_text(
        f"""
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 2048; }}
http {{
    access_log {tmp}/access.log;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {tmp}/site.conf;
}}
"""
    )
    return conf


@contextlib.contextmanager
def cluster(
    n: int = 2, env: dict[str, str] | None = None, nodelay: bool = False
) -> Iterator[tuple[int, list[servers.Server]]]:
    """Start n=2 replicas (same cookie secret) and nginx; stop them all afterwards."""
    if n != len(DEFAULT_PORTS):
        raise ValueError("deploy/nginx.conf describes exactly 2 replicas")
    binary = nginx_binary()
    if binary is None:
        raise RuntimeError("nginx is not installed (apt-get install -y nginx)")
    secret = secrets.token_hex(32)
    replicas: list[servers.Server] = []
    nginx = None
    with tempfile.TemporaryDirectory(prefix="explainer-nginx-") as tmp_name:
        tmp = Path(tmp_name)
        try:
            for _ in range(n):
                replicas.append(
                    servers.start_app(env=env, cookie_secret=secret, log_dir=tmp, nodelay=nodelay)
                )
            port = servers.free_port()
            conf = loopback_conf(tmp, port, [r.port for r in replicas])
            check = subprocess.run([binary, "-t", "-p", str(tmp), "-e", f"{tmp}/error.log", "-c", str(conf)],
                                   capture_output=True, text=True, timeout=30)  # fmt: skip
            if check.returncode != 0:
                raise RuntimeError(f"nginx -t failed: {check.stderr}")
            nginx = subprocess.Popen(
                [binary, "-p", str(tmp), "-e", f"{tmp}/error.log", "-c", str(conf), "-g", "daemon off;"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            servers.wait_health(port, timeout=30, proc=nginx)
            yield port, replicas
        finally:
            if nginx is not None:
                servers.stop_process(nginx)  # nginx's master stops its worker on SIGTERM
            for r in replicas:
                r.stop()
