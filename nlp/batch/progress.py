"""The batch's progress bar on the terminal: pairs done, the pair just compared, the time left."""

from __future__ import annotations

import sys
from typing import Callable


class Bar:
    """A tqdm bar on standard error (none when it is not a terminal: logs get the summary only)."""

    def __init__(self, total: int, done: int = 0):
        from tqdm import tqdm

        self._bar = tqdm(total=total, initial=done, unit="pair", file=sys.stderr, disable=None, dynamic_ncols=True,
                         bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}] {postfix}")

    def step(self, pair: str) -> None:
        self._bar.set_postfix_str(pair, refresh=False)
        self._bar.update(1)

    def say(self, say: Callable[[str], None]) -> Callable[[str], None]:
        """``say``, printed above the bar rather than through it."""
        if self._bar.disable:
            return say
        return lambda line: self._bar.write(line, file=sys.stderr)

    def close(self) -> None:
        self._bar.close()
