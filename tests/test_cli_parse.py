"""`main.py parse FILE --format json|text`, and its answer to bad input: one line, exit status 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nlp.cli import run

ROOT = Path(__file__).resolve().parent.parent


def test_parse_json_follows_the_contract(samples, capsys):
    assert run(["parse", str(samples / "A_RES_76_7.fr.txt"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == 1 and data["format"] == "text" and data["language"] == "fr"
    assert (data["symbol"], data["body"], data["adopted"]) == ("A/RES/76/7", "General Assembly", "2021-11-22")
    assert len(data["paragraphs"]) == 40
    p = next(p for p in data["paragraphs"] if p["id"] == "16(a)")
    assert set(p) >= {"id", "kind", "lead", "text", "footnotes", "parent"}
    assert p["parent"] == "16" and p["kind"] == "operative"


def test_parse_text_is_a_numbered_listing(samples, capsys):
    assert run(["parse", str(samples / "A_RES_72_195.fr.md"), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("A/RES/72/195")
    assert "62 paragraphs" in out
    assert "PP8(a)" in out and "note 1: Résolution 70/1." in out


def _bad(argv, capsys) -> str:
    code = run(argv)
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("error: ") and "Traceback" not in err
    return err


def test_missing_file(tmp_path, capsys):
    assert "absent.md: no such file" in _bad(["parse", str(tmp_path / "absent.md")], capsys)


def test_directory(tmp_path, capsys):
    assert "is a directory" in _bad(["parse", str(tmp_path)], capsys)


def test_empty_file(tmp_path, capsys):
    path = tmp_path / "vide.txt"
    path.write_text("  \n\n")
    assert "vide.txt: file is empty" in _bad(["parse", str(path)], capsys)


def test_markup_without_text(tmp_path, capsys):
    path = tmp_path / "rien.md"
    path.write_text("---\n\n<sup>1</sup>\n\n# \n")
    assert "rien.md: no readable text" in _bad(["parse", str(path)], capsys)


def test_binary_file(tmp_path, capsys):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 20)
    assert "image.txt: binary file" in _bad(["parse", str(path)], capsys)


def test_unknown_extension(tmp_path, capsys):
    path = tmp_path / "resolution.xyz"
    path.write_text("1. Décide de rester saisi de la question.\n")
    assert "resolution.xyz: unsupported file type '.xyz'" in _bad(["parse", str(path)], capsys)


def test_unreadable_encoding(tmp_path, capsys):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff\xfe\x00\xd8 broken utf-16 surrogate \x00\xd8\x00\xd8")
    err = _bad(["parse", str(path)], capsys)
    assert "bad.txt: " in err


def test_cp1252_text_is_read(tmp_path, capsys):
    path = tmp_path / "ancien.txt"
    path.write_bytes("1. Réaffirme sa décision ;\n\n2. Décide de rester saisi de la question.\n".encode("cp1252"))
    assert run(["parse", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["text"] for p in data["paragraphs"]][0] == "Réaffirme sa décision ;"


def test_bad_format_option(samples, capsys):
    with pytest.raises(SystemExit) as exit_info:  # argparse exits (status 2) from inside run()
        run(["parse", str(samples / "A_RES_72_1.fr.md"), "--format", "yaml"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "invalid choice: 'yaml'" in err


def _main(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env, timeout=120)


def test_subprocess_parse_prints_json(samples):
    result = _main("parse", str(samples / "S_RES_2388_2017.fr.txt"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["symbol"] == "S/RES/2388 (2017)"


def test_subprocess_bad_input_is_one_line_and_status_2(tmp_path):
    result = _main("parse", str(tmp_path / "nowhere.txt"))
    assert result.returncode == 2
    assert result.stderr.strip() == "error: nowhere.txt: no such file"
    assert result.stdout == ""


@pytest.mark.parametrize("name", ["A_RES_72_1.fr.md", "CTOC_COP_11_5.fr.md"])
def test_every_sample_parses_through_the_cli(samples, capsys, name):
    assert run(["parse", str(samples / name), "--format", "text"]) == 0
    assert capsys.readouterr().err == ""
