"""Compare a series: each version with the next, then the lineages; any two versions on demand."""

from __future__ import annotations

from typing import Callable, Sequence

from nlp.model.comparison import Comparison
from nlp.model.document import Document
from nlp.model.errors import Cancelled, InputError
from nlp.series.lineage import lineages
from nlp.series.model import Series
from nlp.series.order import order_versions

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]
Compute = Callable[[Document, Document], Comparison]


def compare_series(
    documents: Sequence[Document],
    keep_order: bool = False,
    compute: Compute | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Series:
    """The series of ``documents`` (at least two), ordered by adoption date unless ``keep_order``.

    ``compute(old, new)`` makes one step (default: the engine's comparison; the command line passes
    one that reuses a library's stored comparisons)."""
    if len(documents) < 2:
        raise InputError(documents[0].path if documents else None, "a series needs at least two versions")
    versions = order_versions(documents, keep_order)
    _distinct(versions)
    _one_language(versions)
    report = progress or (lambda f, m: None)
    steps: list[Comparison] = []
    n = len(versions) - 1
    for k in range(n):
        if cancel is not None and cancel():
            raise Cancelled()
        old, new = versions[k], versions[k + 1]
        message = f"comparing {old.label} with {new.label}"
        report(k / n, message)
        if compute is not None:
            steps.append(compute(old, new))
        else:
            from nlp.engine import compare

            step_progress = (lambda f, m, k=k, message=message: report((k + f) / n, message)) if progress else None
            steps.append(compare(old, new, step_progress, cancel))
    report(1.0, "following each paragraph")
    return Series(tuple(versions), tuple(steps), lineages(versions, steps))


def compare_versions(series: Series, i: int, j: int, compute: Compute | None = None) -> Comparison:
    """Version ``i`` compared directly with version ``j`` (neighbours reuse their step)."""
    if not (0 <= i < len(series.versions) and 0 <= j < len(series.versions)) or i == j:
        raise InputError(None, f"versions {i + 1} and {j + 1}: pick two different versions of the {len(series.versions)}")
    if j == i + 1:
        return series.steps[i]
    if compute is not None:
        return compute(series.versions[i], series.versions[j])
    from nlp.engine import compare

    return compare(series.versions[i], series.versions[j])


def _distinct(versions: Sequence[Document]) -> None:
    """The same file twice is a mistake of the command line, not a version."""
    seen: dict[str, Document] = {}
    for doc in versions:
        if doc.sha256 and doc.sha256 in seen:
            raise InputError(doc.path, f"is the same file as {seen[doc.sha256].path}: name each version once")
        if doc.sha256:
            seen[doc.sha256] = doc


_LANGUAGE_NAMES = {"fr": "French", "en": "English"}


def _one_language(versions: Sequence[Document]) -> None:
    """A series follows one text through its versions in one language: two languages side by side are a
    concordance (``main.py concordance``), and one version in another language a comparison across languages
    (``main.py compare OLD NEW``), not a step of the series."""
    first = versions[0]
    for doc in versions[1:]:
        if doc.language != first.language:
            name = _LANGUAGE_NAMES.get
            raise InputError(doc.path, f"is in {name(doc.language, doc.language)} but {first.path} is in "
                                       f"{name(first.language, first.language)}: a series is in one language")
