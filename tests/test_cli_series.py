"""`main.py compare V1 V2 V3 …`: a series from the command line; bad input is one line and exit 2."""

from __future__ import annotations

import json

import pytest

from nlp.cli import main as cli

TEXT = """Résolution A/RES/{n}/1
Adoptée par l'Assemblée générale le {date}

1. Nous nous engageons à prévenir la traite des personnes {extra}.
2. Nous réaffirmons la Convention des Nations Unies contre la criminalité transnationale organisée.
"""


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def three(tmp_path):
    files = []
    for n, date, extra in ((72, "27 septembre 2017", ""), (76, "22 novembre 2021", "et à la combattre"),
                           (80, "24 novembre 2025", "et à la combattre sans délai")):
        path = tmp_path / f"v{n}.txt"
        path.write_text(TEXT.format(n=n, date=date, extra=extra), encoding="utf-8")
        files.append(str(path))
    return files


@pytest.mark.parametrize("fmt", ["docx", "pdf", "csv"])
def test_a_series_refuses_the_two_version_only_formats(capsys, three, fmt):
    code, out, err = run(capsys, "compare", *three, "--format", fmt)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and "series" in err


def test_an_unreadable_version_is_named_in_one_line(capsys, three, tmp_path):
    missing = str(tmp_path / "absent.txt")
    code, out, err = run(capsys, "compare", three[0], missing, three[2], "--format", "json")
    assert code == 2 and out == "" and err.count("\n") == 1 and "absent.txt" in err


def test_the_same_file_twice_is_refused(capsys, three):
    code, _, err = run(capsys, "compare", three[0], three[1], three[0])
    assert code == 2 and err.count("\n") == 1 and "same file" in err


def test_an_output_in_a_missing_folder_is_refused_before_any_work(capsys, three, tmp_path):
    code, _, err = run(capsys, "compare", *three, "-o", str(tmp_path / "nowhere" / "s.json"))
    assert code == 2 and err.count("\n") == 1 and not (tmp_path / "nowhere").exists()


def test_versions_in_two_languages_are_refused(capsys, three, samples):
    code, _, err = run(capsys, "compare", three[0], three[1], str(samples / "A_RES_80_9.en.akn.xml"))
    assert code == 2 and err.count("\n") == 1 and "English" in err


@pytest.mark.slow
def test_series_json_from_the_command_line(capsys, three, tmp_path):
    target = tmp_path / "series.json"
    code, out, err = run(capsys, "compare", three[2], three[0], three[1], "--format", "json", "-o", str(target))
    assert code == 0 and out == "", err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [v["symbol"] for v in data["versions"]] == ["A/RES/72/1", "A/RES/76/1", "A/RES/80/1"]
    assert len(data["steps"]) == 2 and data["steps"][0]["new"]["symbol"] == "A/RES/76/1"
    assert {"ids": [["1"], ["1"], ["1"]], "changes": [data["steps"][0]["links"][0]["change"],
                                                       data["steps"][1]["links"][0]["change"]]} in data["lineages"]
    code, out, _ = run(capsys, "compare", three[2], three[0], three[1], "--format", "json", "--keep-order")
    assert code == 0 and [v["symbol"] for v in json.loads(out)["versions"]] == ["A/RES/80/1", "A/RES/72/1", "A/RES/76/1"]


def test_two_files_still_make_an_ordinary_comparison(capsys, three):
    code, out, err = run(capsys, "compare", three[0], three[1], "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) >= {"old", "new", "links", "added", "removed", "summary"} and "lineages" not in data
