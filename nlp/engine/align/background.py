"""What UN prose always says: document frequencies of terms over a background of resolutions.

Term weights come mostly from the two documents compared, but two short drafts of four paragraphs
cannot tell on their own that « États Membres » or « traite des personnes » are boilerplate. The
frequencies in ``resources/align/df.<lang>.tsv`` (paragraphs of the bundled samples, Source: United
Nations) are pooled with the pair's own, so stock phrases weigh little even in a short text.

Rebuild after changing how terms are extracted:
``.venv/bin/python -m nlp.engine.align.background fr resources/samples/*.fr.*``
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import lru_cache

from nlp.engine.align.features import RESOURCES


@lru_cache(maxsize=4)
def frequencies(language: str) -> tuple[int, dict[str, int]]:
    """(number of background paragraphs, term -> number of paragraphs with it); (0, {}) if none."""
    path = RESOURCES / f"df.{language}.tsv"
    if not path.exists():
        return 0, {}
    total = 0
    df: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# paragraphs"):
            total = int(line.split()[-1])
        elif line and not line.startswith("#"):
            term, count = line.rsplit("\t", 1)
            df[term] = int(count)
    return total, df


def build(language: str, paths: list[str]) -> str:
    from nlp.engine.align.features import extract
    from nlp.readers import read_document

    docs = [d for d in (read_document(p) for p in paths) if d.language == language]
    df: Counter = Counter()
    total = 0
    for feats in extract(docs, language):
        for f in feats:
            df.update(f.terms.keys())
            total += 1
    lines = [
        f"# Document frequencies of alignment terms over {total} paragraphs of {len(docs)} documents "
        "(Source: United Nations). Built by nlp/align/background.py; terms in fewer than 2 paragraphs omitted.",
        f"# paragraphs {total}",
    ]
    lines += [f"{t}\t{c}" for t, c in sorted(df.items(), key=lambda x: (-x[1], x[0])) if c >= 2]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    lang, *files = sys.argv[1:]
    (RESOURCES / f"df.{lang}.tsv").write_text(build(lang, files), encoding="utf-8")
