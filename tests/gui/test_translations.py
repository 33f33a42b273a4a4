"""Every interface string has its French, and the compiled catalogue is the one the sources need."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            out[(context.findtext("name"), message.findtext("source"))] = message.find("translation")
    return out


def test_every_source_string_has_a_finished_french_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop").glob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    needed = set(_messages(fresh))
    committed = _messages(TRANSLATIONS / "travaux_fr.ts")
    missing = sorted(needed - set(committed))
    assert not missing, f"run `python packaging/translations.py` (and add to fr.tsv): {missing[:5]}"
    unfinished = sorted(key for key in needed if committed[key].get("type") == "unfinished" or not committed[key].text)
    assert not unfinished, f"no French yet for {unfinished[:5]}"


def test_compiled_catalogue_translates(qapp):
    translator = QTranslator()
    assert translator.load("travaux_fr", str(TRANSLATIONS))
    assert translator.translate("Actions", "&File") == "&Fichier"
    assert translator.translate("Change", "strengthened") == "renforcé"
