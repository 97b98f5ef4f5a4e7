"""A time budget for cleaning and extracting one page.

Uses a real-time interval timer, so it works in the main thread of a process (the CLI, an
Airflow task); elsewhere the page runs without a budget. C code (the HTML parser) is not
interrupted, which is why inputs are also size-capped before parsing.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from extractors.errors import ExtractionTimeout


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum, frame):
        raise ExtractionTimeout(f"cleaning and extraction took longer than the budget of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
