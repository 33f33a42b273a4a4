"""Refresh the interface's catalogues: Qt Linguist .ts from the sources, French filled from fr.tsv, .qm compiled.

    python packaging/translations.py        (what `make translations` runs)

resources/translations/fr.tsv holds the French of each source text (context, English, French; a
literal \\n for a line break). Texts it lacks stay "unfinished" in the .ts and show in English.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def french() -> dict[tuple[str, str], str]:
    table = {}
    for line in (TRANSLATIONS / "fr.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            context, source, target = line.split("\t")
            table[(context, source.replace("\\n", "\n"))] = target.replace("\\n", "\n")
    return table


def fill(ts: Path, table: dict[tuple[str, str], str]) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            target = table.get((name, source))
            if target is None:
                missing.append(f"{name}: {source!r}")
                continue
            translation.text = target
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").glob("*.py"))
    for lang in ("fr", "en"):
        ts = TRANSLATIONS / f"travaux_{lang}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-target-language", lang, "-ts", str(ts)], cwd=ROOT, check=True)
    missing = fill(TRANSLATIONS / "travaux_fr.ts", french())
    for lang in ("fr", "en"):
        ts = TRANSLATIONS / f"travaux_{lang}.ts"
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    for m in missing:
        print(f"untranslated: {m}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
