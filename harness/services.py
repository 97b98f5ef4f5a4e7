"""Throw-away PostgreSQL and Redis servers from Debian's packages, on loopback only, for
the tests and benchmarks that need a real catalog or broker (`make services` installs them).

Each server lives in its own temporary folder and dies with the context manager.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from harness.signals import sigterm_unwinds

SERVER_START_TIMEOUT = 60.0


class ServiceUnavailable(RuntimeError):
    """The server's package is not installed: run `make services`."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_port(port: int, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}: {log.read_text(errors='replace')[-2000:]}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.1)
    raise RuntimeError(f"server did not listen on 127.0.0.1:{port} within {SERVER_START_TIMEOUT:.0f}s: {log.read_text(errors='replace')[-2000:]}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def postgres_bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"))
    if not found:
        raise ServiceUnavailable("PostgreSQL is not installed (Debian package postgresql): run `make services`")
    return Path(found[-1]).parent


def _as_postgres_user() -> tuple[list[str], int | None]:
    """PostgreSQL refuses to run as root: as root, run its programs as the `postgres` user."""
    if os.geteuid() != 0:
        return [], None
    user = pwd.getpwnam("postgres")
    return ["runuser", "-u", "postgres", "--"], user.pw_uid


@contextlib.contextmanager
def postgres_server() -> Iterator[str]:
    """A fresh cluster on 127.0.0.1; yields a libpq URL for its superuser `newsledger`."""
    bin_dir = postgres_bin_dir()
    prefix, uid = _as_postgres_user()
    root = Path(tempfile.mkdtemp(prefix="newsledger-pg-"))
    data, log = root / "data", root / "postgres.log"
    if uid is not None:
        os.chown(root, uid, -1)
    port = free_port()
    subprocess.run([*prefix, str(bin_dir / "initdb"), "-D", str(data), "-U", "newsledger", "-A", "trust", "-E", "UTF8", "--no-sync"],
                   check=True, capture_output=True)
    with sigterm_unwinds():
        with open(log, "wb") as log_file:
            process = subprocess.Popen(
                [*prefix, str(bin_dir / "postgres"), "-D", str(data), "-h", "127.0.0.1", "-p", str(port), "-k", str(root),
                 "-c", "fsync=off", "-c", "max_connections=200"],
                stdout=log_file, stderr=subprocess.STDOUT,
            )
        try:
            _wait_for_port(port, process, log)
            _wait_until_accepting(bin_dir, port)
            yield f"postgresql://newsledger@127.0.0.1:{port}/postgres"
        finally:
            _stop(process)
            shutil.rmtree(root, ignore_errors=True)


def _wait_until_accepting(bin_dir: Path, port: int) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while subprocess.run([str(bin_dir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port)], capture_output=True).returncode != 0:
        if time.monotonic() > deadline:
            raise RuntimeError("PostgreSQL did not accept connections")
        time.sleep(0.2)


def create_database(server_url: str, name: str) -> str:
    """A new empty database on the server; returns its URL."""
    base = server_url.rsplit("/", 1)[0]
    subprocess.run([str(postgres_bin_dir() / "psql"), server_url, "-q", "-c", f'CREATE DATABASE "{name}"'], check=True, capture_output=True)
    return f"{base}/{name}"


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """A memory-only Redis on 127.0.0.1; yields its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise ServiceUnavailable("Redis is not installed (Debian package redis-server): run `make services`")
    root = Path(tempfile.mkdtemp(prefix="newsledger-redis-"))
    port, log = free_port(), root / "redis.log"
    with sigterm_unwinds():
        with open(log, "wb") as log_file:
            process = subprocess.Popen(
                [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(root)],
                stdout=log_file, stderr=subprocess.STDOUT,
            )
        try:
            _wait_for_port(port, process, log)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            _stop(process)
            shutil.rmtree(root, ignore_errors=True)
