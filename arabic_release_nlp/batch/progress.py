"""Progress of a batch run: a bar on a terminal, plain log lines otherwise, and the closing summary line."""

from __future__ import annotations

import sys
import time
from collections import deque
from typing import TextIO

LOG_EVERY = 10.0      # seconds between log lines when stderr is not a terminal
REDRAW_EVERY = 0.2    # seconds between redraws of the bar
BAR_WIDTH = 30
RATE_WINDOW = 30.0    # seconds of recent progress the rate (and so the ETA) is measured over


def format_duration(seconds: float) -> str:
    """``1h02m03s``, ``4m05s`` or ``6s``.

    >>> format_duration(3723), format_duration(245), format_duration(6.4)
    ('1h02m03s', '4m05s', '6s')
    """
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes:02d}m{seconds:02d}s"
    return f"{minutes}m{seconds:02d}s" if minutes else f"{seconds}s"


class Progress:
    """Documents done out of a total, their rate and the time left, written to ``stream`` (stderr).

    ``bar=None`` draws a bar when the stream is a terminal and writes a log line every ``LOG_EVERY``
    seconds otherwise; ``enabled=False`` writes nothing.

        >>> import io
        >>> stream = io.StringIO()
        >>> progress = Progress(total=10, done=4, stream=stream, bar=False, log_every=0)
        >>> progress.advance(3, 1)
        >>> progress.close()
        >>> "8/10 documents" in stream.getvalue()
        True
    """

    def __init__(self, total: int, done: int = 0, stream: TextIO | None = None, bar: bool | None = None,
                 enabled: bool = True, log_every: float = LOG_EVERY) -> None:
        self.total = total
        self.resumed = done
        self.ok = self.failed = 0
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.bar = bool(getattr(self.stream, "isatty", lambda: False)()) if bar is None else bar
        self.log_every = log_every
        self.started = time.monotonic()
        self._last_draw = float("-inf")
        self._last_log = self.started
        self._samples: deque[tuple[float, int]] = deque()  # (time, documents done in this run)

    @property
    def done(self) -> int:
        return self.resumed + self.ok + self.failed

    def rate(self) -> float:
        """Documents per second over the last ``RATE_WINDOW`` seconds of this run (resumed shards not counted).

        Measured from the first documents done, so starting the workers does not spoil the ETA.
        """
        if len(self._samples) < 2:
            return 0.0
        (first_time, first_done), (last_time, last_done) = self._samples[0], self._samples[-1]
        return (last_done - first_done) / (last_time - first_time) if last_time > first_time else 0.0

    def line(self) -> str:
        rate = self.rate()
        left = self.total - self.done
        eta = format_duration(left / rate) if rate > 0 else "?"
        percent = 100 * self.done / self.total if self.total else 100.0
        failed = f", {self.failed:,} failed" if self.failed else ""
        return f"{self.done:,}/{self.total:,} documents ({percent:.0f}%{failed}), {rate:,.1f} documents/s, ETA {eta}"

    def advance(self, ok: int, failed: int = 0) -> None:
        """Count documents analysed (``ok``) and failed, and redraw or log if it is time."""
        self.ok += ok
        self.failed += failed
        now = time.monotonic()
        self._samples.append((now, self.ok + self.failed))
        while len(self._samples) > 2 and now - self._samples[1][0] > RATE_WINDOW:
            self._samples.popleft()
        if not self.enabled:
            return
        if self.bar and now - self._last_draw >= REDRAW_EVERY:
            self._draw()
            self._last_draw = now
        elif not self.bar and now - self._last_log >= self.log_every:
            self.stream.write(f"arn tag: {self.line()}\n")
            self.stream.flush()
            self._last_log = now

    def _draw(self) -> None:
        filled = int(BAR_WIDTH * self.done / self.total) if self.total else BAR_WIDTH
        self.stream.write(f"\r\x1b[2K[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {self.line()}")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final state (and end the bar's line)."""
        if not self.enabled:
            return
        if self.bar:
            self._draw()
            self.stream.write("\n")
        else:
            self.stream.write(f"arn tag: {self.line()}\n")
        self.stream.flush()
