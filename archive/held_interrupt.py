"""Ctrl-C held for the moment a page is being stored and counted, so that an interrupted import's
report counts every article it stored (a signal landing between the commit and the count made the
report say one article fewer than the database holds)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def held_interrupt() -> Iterator[None]:
    """Hold SIGINT inside the block and raise KeyboardInterrupt when it ends, if one came. Outside the
    main thread (an import started from the admin) signals cannot be handled: the block runs as it is.

    >>> import os
    >>> try:
    ...     with held_interrupt():
    ...         os.kill(os.getpid(), signal.SIGINT)
    ...         reached = True
    ... except KeyboardInterrupt:
    ...     print("raised after the block", reached)
    raised after the block True
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    came: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: came.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if came:
        raise KeyboardInterrupt
