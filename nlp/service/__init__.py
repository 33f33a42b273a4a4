"""The way from files to a comparison, for the command line and the window alike.

:func:`open_comparison` reads two versions, reopens their comparison from the library when it holds
one made under the same key (documents, engine version, lexicons), else computes it and stores it.
"""

from nlp.service.comparisons import (
    Cancel,
    OpenedComparison,
    Progress,
    Source,
    comparison_key,
    find_stored,
    keep,
    keep_all,
    open_comparison,
    reopen_comparison,
)

__all__ = ["Cancel", "OpenedComparison", "Progress", "Source", "comparison_key", "find_stored", "keep", "keep_all", "open_comparison", "reopen_comparison"]
