"""Runs ``main.py parse`` on each file named on standard input, in this one process, and writes one
JSON line per case: exit status, what went to stderr, seconds and peak resident memory (MB).

Per case: the peak resident memory is reset first (``/proc/self/clear_refs``), an alarm stops a case
that runs too long, and stdout and stderr are caught (stderr also at the file-descriptor level: a
library writing there directly would show). Usage: python -m tests.safety.fuzz_worker OUT.jsonl SECONDS
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import sys
import tempfile
import time


class CaseTimeout(BaseException):  # not an Exception: the command line's last line of defence must not catch it
    pass


def _alarm(signum, frame):
    raise CaseTimeout()


def _peak_mb() -> float:
    with open("/proc/self/status") as f:
        m = re.search(r"VmHWM:\s+(\d+)", f.read())
    return int(m.group(1)) / 1024 if m else 0.0


def _reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def main() -> int:
    out_path, seconds = sys.argv[1], float(sys.argv[2])
    paths = [line for line in sys.stdin.read().splitlines() if line.strip()]
    from nlp.cli import main as cli
    from nlp.readers import READERS

    for reader in READERS.values():  # imports are not the cases' cost: the first case would carry them
        reader.load()
    import docx  # noqa: F401  (imported by the Word reader on first use)
    import pdfplumber  # noqa: F401

    signal.signal(signal.SIGALRM, _alarm)
    real_stdout, real_stderr = sys.stdout, sys.stderr
    with open(out_path, "w", encoding="utf-8") as out, tempfile.TemporaryFile() as fd_err:
        saved_fd2 = os.dup(2)
        os.dup2(fd_err.fileno(), 2)
        try:
            for k, path in enumerate(paths):
                err = io.StringIO()
                sys.stdout, sys.stderr = io.StringIO(), err
                _reset_peak()
                start = time.monotonic()
                signal.setitimer(signal.ITIMER_REAL, seconds)
                try:
                    rc = cli.run(["parse", path, "--format", "json"])
                except CaseTimeout:
                    rc, err = 124, io.StringIO(f"timeout after {seconds:.0f} s\n")
                except SystemExit as e:
                    rc = int(e.code or 0)
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                elapsed = time.monotonic() - start
                sys.stdout, sys.stderr = real_stdout, real_stderr
                fd_err.seek(0)
                raw = fd_err.read().decode("utf-8", "replace")
                fd_err.seek(0)
                fd_err.truncate()
                record = {
                    "case": k,
                    "name": os.path.basename(path),
                    "rc": rc,
                    "stderr": err.getvalue() + raw,
                    "seconds": round(elapsed, 3),
                    "peak_mb": round(_peak_mb(), 1),
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                out.flush()
        finally:
            os.dup2(saved_fd2, 2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
