"""One run at a time per output root: a lock file holding the process id, taken over when that process is gone."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from arabic_release_nlp.errors import OutputLockedError

LOCK_NAME = ".arn-tag.lock"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


class OutputLock:
    """``with OutputLock(root): ...`` refuses (ARN066) while another live process on this host holds ``root``.

    A lock left by a killed run (its process is gone) is taken over, so rerunning after a crash just works.

        >>> import tempfile
        >>> root = Path(tempfile.mkdtemp())
        >>> with OutputLock(root):
        ...     (root / LOCK_NAME).is_file()
        True
        >>> (root / LOCK_NAME).exists()
        False
    """

    def __init__(self, root: Path) -> None:
        self.path = Path(root) / LOCK_NAME
        self.owner = f"{socket.gethostname()} {os.getpid()}"

    def __enter__(self) -> OutputLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(2):
            try:
                descriptor = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = self._holder()
                if holder is not None:
                    raise OutputLockedError(str(self.path.parent), pid=holder, lock=str(self.path)) from None
                self.path.unlink(missing_ok=True)  # left by a run that is gone
                continue
            with os.fdopen(descriptor, "w") as handle:
                handle.write(self.owner + "\n")
            return self
        raise OutputLockedError(str(self.path.parent), pid="?", lock=str(self.path))

    def _holder(self) -> int | None:
        """The live process holding the lock, or None if it is gone (or on another host and unknowable)."""
        try:
            host, pid = self.path.read_text(encoding="utf-8").split()
            pid_number = int(pid)
        except (OSError, ValueError):
            return None
        if host != socket.gethostname():
            return pid_number  # cannot check a process on another machine: assume it runs
        return pid_number if _alive(pid_number) else None

    def __exit__(self, *exc: object) -> None:
        self.path.unlink(missing_ok=True)
