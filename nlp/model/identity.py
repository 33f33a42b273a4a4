"""What makes a document, and a stored comparison, the same as another: one rule for everyone.

A document is the SHA-256 of the file it was read from (so the same file read twice is one
document), or of its content when it came from no file. A stored comparison is valid for the two
documents' content, the engine version that computed it and the fingerprint of the data files that
steer the engine (lexicons, alignment tables): change any of the four and it is computed again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from nlp.model.document import Document


def document_key(doc: Document) -> str:
    """The document's identity: the hash of its file, or of its content when it came from no file."""
    if doc.sha256:
        return doc.sha256
    canonical = json.dumps(doc.to_json(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ComparisonKey:
    """Everything a stored comparison depends on."""

    old: str  # document_key of the old version
    new: str  # document_key of the new version
    engine: str  # the engine version (nlp.engine.ENGINE_VERSION)
    resources: str  # fingerprint of the engine's data files (nlp.engine.fingerprint)

    @classmethod
    def of(cls, old: Document, new: Document, engine: str, resources: str) -> "ComparisonKey":
        return cls(document_key(old), document_key(new), engine, resources)
