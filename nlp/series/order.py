"""The order of a series: by adoption date, the order given wherever a date is missing."""

from __future__ import annotations

from typing import Sequence, TypeVar

from nlp.model.document import Document

D = TypeVar("D", bound=Document)


def order_versions(documents: Sequence[D], keep_order: bool = False) -> list[D]:
    """``documents`` ordered by adoption date.

    An undated document keeps its place in the order given (there is nothing better to go by), and
    the dated ones are sorted among the remaining places; two documents of the same date keep their
    order. ``keep_order`` keeps the order given.
    """
    if keep_order:
        return list(documents)
    dated = sorted((d for d in documents if d.adopted), key=lambda d: d.adopted or "")
    it = iter(dated)
    return [d if not d.adopted else next(it) for d in documents]
