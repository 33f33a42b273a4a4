"""Where each paragraph's language comes from: a draft traced against the library.

``trace(draft, library)`` finds, for every paragraph of the draft, the closest paragraphs of the
other documents of the library (candidates from the library's fingerprint index, scored on their
words, judged by the engine as a link would be) and says whether the paragraph is agreed language
(``verbatim``), an ``edited`` version of a known paragraph, or ``new``.
"""

from nlp.provenance.model import Provenance, Source, TracedParagraph
from nlp.provenance.trace import trace

__all__ = ["Provenance", "Source", "TracedParagraph", "trace"]
