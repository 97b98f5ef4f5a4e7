"""A test run stopped by SIGTERM (`timeout`, a CI runner's cancel) still stops the servers it
started: the harness turns SIGTERM into an unwinding KeyboardInterrupt while a server lives."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from harness.services import ServiceUnavailable, redis_server
from harness.signals import sigterm_unwinds

ROOT = Path(__file__).resolve().parents[1]

CHILD = textwrap.dedent("""
    import sys, time
    from harness.services import redis_server
    with redis_server() as url:
        print(url.rsplit(":", 1)[1].split("/")[0], flush=True)
        time.sleep(300)
""")


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_sigterm_to_a_run_stops_the_server_it_started():
    try:
        with redis_server():
            pass
    except ServiceUnavailable as missing:
        pytest.fail(str(missing)) if os.environ.get("CI") == "true" else pytest.skip(str(missing))
    child = subprocess.Popen([sys.executable, "-c", CHILD], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    port = int(child.stdout.readline())
    assert _port_open(port)
    child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=60)
    assert "KeyboardInterrupt: stopped by signal 15" in err
    deadline = time.monotonic() + 30
    while _port_open(port) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _port_open(port), "the Redis server outlived the run that started it"


def test_outside_the_block_sigterm_keeps_its_previous_handler():
    before = signal.getsignal(signal.SIGTERM)
    with sigterm_unwinds():
        assert signal.getsignal(signal.SIGTERM) is not before
    assert signal.getsignal(signal.SIGTERM) is before
