"""Every export through the command line (one code path with the window), and on the real samples."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from nlp import export, present
from nlp.cli import main as cli

OLD = """Résolution A/RES/1/1

1. Nous encourageons les États à agir contre la traite des personnes.

2. Nous prenons note du rapport du Secrétaire général.

3. Nous examinerons la question à notre prochaine session.
"""
NEW = """Résolution A/RES/2/2

1. Nous encourageons vivement les États à agir sans délai contre la traite des personnes.

2. Nous prenons note du rapport du Secrétaire général.

3. Nous prions instamment les États de ratifier la Convention « sans réserve ».
"""

MAGIC = {"html": b"<!DOCTYPE html>", "docx": b"PK", "xlsx": b"PK", "pdf": b"%PDF-", "csv": b"\xef\xbb\xbfold ids", "json": b"{"}


@pytest.fixture()
def pair(tmp_path):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return str(old), str(new)


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf", "csv", "xlsx", "json"])
def test_compare_writes_each_format(pair, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    assert cli.run(["compare", *pair, "--format", fmt, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(MAGIC[fmt])
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_failing_export_leaves_no_file_and_keeps_the_old_one(pair, tmp_path, monkeypatch, capsys):
    from nlp.export import docx_export

    def broken(comparison, progress=None, language="en"):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(docx_export, "render", broken)
    out = tmp_path / "report.docx"
    assert cli.run(["compare", *pair, "--format", "docx", "-o", str(out)]) == 1
    assert not out.exists()
    out.write_bytes(b"previous report")
    assert cli.run(["compare", *pair, "--format", "docx", "-o", str(out)]) == 1
    assert out.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.txt", "old.txt", "report.docx"]
    assert "disk on fire" in capsys.readouterr().err


def test_binary_formats_are_registered_as_binary():
    assert [f for f in ("html", "docx", "pdf", "csv", "xlsx") if export.is_binary(f)] == ["docx", "pdf", "xlsx"]
    assert export.extension("docx") == ".docx"


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.mark.slow
def test_samples_redline_accepts_to_the_new_text_and_rejects_to_the_old(samples):
    """72/1 vs 76/7 by the real engine: the Word redline plays back to both documents' words."""
    from nlp.service import open_comparison
    from tests.test_export_docx import _play, _redline_paragraphs, _style_id

    c = open_comparison(samples / "A_RES_72_1.fr.md", samples / "A_RES_76_7.fr.txt").comparison
    data = export.render(c, "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    paras = _redline_paragraphs(root, _style_id(data))
    accepted = [t for t in (_play(p, True) for p in paras) if t is not None]
    rejected = [t for t in (_play(p, False) for p in paras) if t is not None]
    entries = present.entries(c)
    assert accepted == [t for e in entries for t in e.new_texts]
    # the old words in order; where a regrouped link cuts them at the new paragraphs' bounds, a word's
    # punctuation may land in the next Word paragraph, hence the comparison without spaces
    assert "".join("".join(rejected).split()) == "".join("".join(e.old_text for e in entries if e.old_ids).split())
    # and every other format renders the same comparison
    for fmt in ("html", "pdf", "csv", "xlsx"):
        assert export.render(c, fmt)
