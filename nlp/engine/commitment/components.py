"""The commitment markers as a registered spaCy component.

``nlp.add_pipe("travaux_commitment_markers")`` puts the markers of each Doc in ``doc._.commitment_markers``
(works on ``spacy.blank("fr")`` too, where only the lexicon matches). The analysis itself does not add
the component to the shared pipeline (``nlp.engine.pipeline`` owns it): it applies the same function to the
Docs that ``pipeline.parse`` returns, so a text is read one way whichever path it takes.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nlp.engine.commitment import lexicon, markers

EXTENSION = "commitment_markers"

if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)


def markers_of(doc: Doc, language: str | None = None) -> tuple[markers.Marker, ...]:
    """The markers of ``doc``, computed once and kept on the Doc."""
    found = doc._.get(EXTENSION)
    if found is None:
        found = markers.find(doc.text, lexicon.load(language or doc.lang_), doc)
        doc._.set(EXTENSION, found)
    return found


@Language.component("travaux_commitment_markers")
def commitment_markers(doc: Doc) -> Doc:
    markers_of(doc)
    return doc
