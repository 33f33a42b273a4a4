"""`main.py concordance A B`: the contract's JSON, every format, bad input."""

from __future__ import annotations

import json

import pytest

from nlp.cli import main as cli


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def unficyp(data_dir):
    return str(data_dir / "akn" / "S_RES_2506_2020.fr.akn.xml"), str(data_dir / "akn" / "S_RES_2506_2020.en.akn.xml")


def test_json_follows_the_contract(capsys, unficyp):
    code, out, err = run(capsys, "concordance", *unficyp, "--format", "json", "--lang", "en")
    assert code == 0, err
    data = json.loads(out)
    assert data["schema"] == 1 and data["a"]["language"] == "fr" and data["b"]["language"] == "en"
    assert {"pairs", "unpaired_a", "unpaired_b"} <= set(data)
    ids_a = [p["id"] for p in data["a"]["paragraphs"]]
    paired = [i for p in data["pairs"] for i in p["a"]]
    assert sorted(paired + data["unpaired_a"]) == sorted(ids_a)  # every paragraph accounted for, once
    for p in data["pairs"]:
        assert set(p) == {"a", "b", "issues"}
        for i in p["issues"]:
            assert set(i) == {"type", "a", "b", "note"} and i["note"]


def test_the_official_symbol_misprint_is_found(capsys, unficyp):
    """The French edition of S/RES/2506 (2020) cites the report S/2019/833, the English one S/2019/883."""
    code, out, _ = run(capsys, "concordance", *unficyp, "--format", "json", "--lang", "en")
    data = json.loads(out)
    pp1 = next(p for p in data["pairs"] if p["a"] == ["PP1"])
    assert any(i["type"] == "symbol" and "S/2019/833" in i["a"] and "S/2019/883" in i["b"] for i in pp1["issues"])


@pytest.mark.parametrize("fmt", ["html", "csv", "text"])
def test_every_format_writes_a_whole_file(tmp_path, capsys, unficyp, fmt):
    out = tmp_path / f"report.{fmt}"
    code, _, err = run(capsys, "concordance", *unficyp, "--format", fmt, "-o", str(out), "--lang", "fr")
    assert code == 0, err
    text = out.read_text(encoding="utf-8-sig")
    assert "S/2019/833" in text and "S/2019/883" in text
    assert not list(tmp_path.glob("*.part"))


def test_notes_follow_the_interface_language(capsys, unficyp):
    _, out, _ = run(capsys, "concordance", *unficyp, "--format", "text", "--lang", "fr")
    assert "diffèrent" in out and "differ" not in out


def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, unficyp):
    missing = tmp_path / "absent.xml"
    code, out, err = run(capsys, "concordance", unficyp[0], str(missing))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and "absent.xml" in err
    with pytest.raises(SystemExit) as stop:
        cli.run(["concordance", *unficyp, "--format", "docx"])
    assert stop.value.code == 2 and capsys.readouterr().err.count("\n") == 1
