"""One row per discordance (id A, id B, type, A's words, B's words, note); pairs that agree have no row."""

from __future__ import annotations

import csv
import io

from nlp.export.concordance.wording import words
from nlp.model.concordance import Concordance


def render(c: Concordance, language: str = "en") -> bytes:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(words(language)["columns"])
    for pair in c.pairs:
        for issue in pair.issues:
            w.writerow([" ".join(pair.a), " ".join(pair.b), issue.type, issue.a or "", issue.b or "", issue.note])
    none = words(language)["no_counterpart"]
    for pid in c.unpaired_a:
        w.writerow([pid, "", "structure", "", "", none])
    for pid in c.unpaired_b:
        w.writerow(["", pid, "structure", "", "", none])
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # the byte order mark makes spreadsheets read UTF-8
