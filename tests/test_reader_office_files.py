"""Files as office software writes them: the DOCX built from a sample is converted by LibreOffice to
PDF (its own layout: footnotes in body type under a rule, bold headings, call-outs set together),
to HTML (its own footnote links) and to ODT (with a tracked-changes draft kept as tracked changes),
and that ODT back to DOCX as LibreOffice writes Word files; each reads to the same paragraphs. Skipped where LibreOffice is not installed.

Source of the sample text: United Nations (see resources/samples/SOURCES.md).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from nlp.readers import read_document
from tests.fixtures_build import apply_edits, build_docx, paragraphs_of
from tests.test_reader_formats import _tracked_draft, sample

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("office")
    _, items = sample("A_RES_72_195.fr.md")
    (out / "r195.docx").write_bytes(build_docx(items))
    _, draft_items, edits = _tracked_draft()
    (out / "draft.docx").write_bytes(build_docx(draft_items, edits))
    profile = (out / "profile").as_uri()  # a private profile: no clash with another LibreOffice
    for fmt, files in (("pdf", ["r195.docx"]), ("html", ["r195.docx"]), ("odt", ["r195.docx", "draft.docx"])):
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt, "--outdir", str(out), *files],
            cwd=out, capture_output=True, timeout=180, check=True,
        )
    # and back to Word, as LibreOffice writes it (its own numbering and tracked-change markup)
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx", "--outdir", str(out / "lo"), "draft.odt"],
        cwd=out, capture_output=True, timeout=180, check=True,
    )
    return out


@pytest.mark.parametrize("name", ["r195.pdf", "r195.html", "r195.odt"])
def test_libreoffice_output_reads_to_the_paragraphs_of_the_text(converted, name):
    want, _ = sample("A_RES_72_195.fr.md")
    got = read_document(converted / name)
    assert paragraphs_of(got) == paragraphs_of(want)
    assert [p.lead for p in got.paragraphs] == [p.lead for p in want.paragraphs]
    assert (got.symbol, got.adopted) == (want.symbol, want.adopted)


def test_libreoffice_odt_with_tracked_changes_reads_accepted(converted):
    _, items, edits = _tracked_draft()
    accepted = read_document(converted / "draft.odt")
    assert paragraphs_of(accepted) == paragraphs_of(read_document(converted / "draft.docx"))
    clean = converted / "clean.docx"
    clean.write_bytes(build_docx(apply_edits(items, edits)))
    assert paragraphs_of(accepted) == paragraphs_of(read_document(clean))


def test_word_file_written_by_libreoffice_gives_both_versions(converted):
    for view in ("rejected", "accepted"):
        ours = read_document(converted / "draft.docx", revisions=view)
        theirs = read_document(converted / "lo" / "draft.docx", revisions=view)
        assert paragraphs_of(theirs) == paragraphs_of(ours)
