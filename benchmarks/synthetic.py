"""Synthetic revision pairs made from the bundled samples' sentences, with the truth of what became what
(shared by the speed benchmarks)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.engine.align.features import sentence_starts  # noqa: E402
from nlp.model.document import Document, Paragraph  # noqa: E402
from nlp.readers import read_document  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"


def sentence_pool() -> list[str]:
    pool: list[str] = []
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix not in (".md", ".txt", ".xml"):
            continue
        try:
            doc = read_document(path)
        except Exception:  # a reader still missing for this format: use the others
            continue
        if doc.language != "fr":
            continue
        for p in doc:
            starts = sentence_starts(p.text) + [len(p.text)]
            pool += [p.text[a:b].strip() for a, b in zip(starts, starts[1:]) if len(p.text[a:b].split()) >= 8]
    return list(dict.fromkeys(pool))


def synthetic(n: int, pool: list[str], seed: int = 7):
    """An old text of n paragraphs and a revised new text, with the truth of what became what."""
    rng = random.Random(seed)
    texts = []
    seen = set()
    while len(texts) < n + n // 10:
        a, b = rng.sample(range(len(pool)), 2)
        if (a, b) not in seen:
            seen.add((a, b))
            texts.append(pool[a] + " " + pool[b])
    old_texts, spare = texts[:n], texts[n:]
    new: list[tuple[str, int | None]] = [(t, i) for i, t in enumerate(old_texts)]  # (text, old index)
    deleted = set(rng.sample(range(n), n // 30))
    new = [x for x in new if x[1] not in deleted]
    for t in spare[: n // 30]:  # insertions
        new.insert(rng.randrange(len(new)), (t, None))
    for _ in range(max(1, n // 100)):  # moves far away
        item = new.pop(rng.randrange(len(new)))
        new.insert(rng.randrange(len(new)), item)
    reworded = 0
    for k in rng.sample(range(len(new)), n // 10):
        text, src = new[k]
        words = text.split()
        for _ in range(3):
            words.pop(rng.randrange(len(words)))
        new[k] = (" ".join(words), src)
        reworded += 1
    old_doc = Document("old.txt", "text", "fr", tuple(Paragraph(str(i + 1), "operative", t) for i, t in enumerate(old_texts)))
    new_doc = Document("new.txt", "text", "fr", tuple(Paragraph(str(k + 1), "operative", t) for k, (t, _) in enumerate(new)))
    truth = {(str(src + 1), str(k + 1)) for k, (_, src) in enumerate(new) if src is not None}
    return old_doc, new_doc, truth


def write_text(doc: Document, path: Path) -> Path:
    """The document as a numbered text file, as the command line reads one."""
    path.write_text("\n\n".join(f"{p.id}. {p.text}" for p in doc) + "\n", encoding="utf-8")
    return path


# Real consecutive versions, French, bundled with the project (the UN's texts; see SOURCES files).
REAL_SERIES = (
    ("resources/samples/A_RES_72_195.fr.md", "tests/data/akn/A_RES_74_176.fr.akn.xml"),
    ("tests/data/akn/A_RES_74_176.fr.akn.xml", "tests/data/akn/A_RES_78_228.fr.akn.xml"),
    ("tests/data/akn/A_RES_78_228.fr.akn.xml", "tests/data/akn/A_RES_80_228.fr.akn.xml"),
    ("resources/samples/A_RES_72_1.fr.md", "resources/samples/A_RES_76_7.fr.txt"),
    ("resources/samples/A_RES_76_7.fr.akn.xml", "resources/samples/A_RES_80_9.fr.akn.xml"),
)


def real_long_pair() -> tuple[Document, Document]:
    """One long pair made of real revisions: the old versions of :data:`REAL_SERIES` one after the
    other against their next versions (ids prefixed by the pair's number so that they stay unique)."""
    from dataclasses import replace

    sides: tuple[list[Paragraph], list[Paragraph]] = ([], [])
    for k, pair in enumerate(REAL_SERIES, 1):
        for side, path in zip(sides, pair):
            for p in read_document(ROOT / path):
                side.append(replace(p, id=f"{k}.{p.id}", parent=f"{k}.{p.parent}" if p.parent else None))
    old, new = sides
    return (Document("old.txt", "text", "fr", tuple(old)), Document("new.txt", "text", "fr", tuple(new)))
