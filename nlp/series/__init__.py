"""A series of versions (2017 · 2021 · 2025): each step compared, and each paragraph's history.

``compare_series(documents)`` orders the versions by adoption date, compares each version with the
next (the ordinary engine comparison) and follows every paragraph through the steps into a
:class:`~nlp.series.model.Lineage`. Any two versions can also be compared directly with
:func:`compare_versions`. The reports (text, HTML, XLSX) are in :mod:`nlp.series.reports`.
"""

from nlp.series.build import compare_series, compare_versions
from nlp.series.model import Lineage, Series
from nlp.series.order import order_versions

__all__ = ["Lineage", "Series", "compare_series", "compare_versions", "order_versions"]
