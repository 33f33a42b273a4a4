"""`main.py compare`: the contract's JSON, the text summary, bad input (in process; one real process)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from nlp.cli import main as cli
from nlp.model.comparison import SUMMARY_KEYS, Comparison, accounted_once

pytestmark = pytest.mark.slow

LINK_KEYS = {"old", "new", "score", "change", "moved", "diff", "signals"}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def pair(samples):
    return str(samples / "A_RES_72_1.fr.md"), str(samples / "A_RES_76_7.fr.txt")


def test_json_follows_the_contract(capsys, pair):
    code, out, err = run(capsys, "compare", *pair, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["schema"] == 1 and data["old"]["symbol"] == "A/RES/72/1"
    assert set(data["summary"]) == set(SUMMARY_KEYS)
    for link in data["links"]:
        assert LINK_KEYS <= set(link)
        assert link["change"] in ("unchanged", "modified", "strengthened", "weakened")
        assert 0.0 <= link["score"] <= 1.0 and link["old"] and link["new"]
        assert all(d["op"] in ("equal", "delete", "insert") for d in link["diff"])
    assert all({"new", "commitment", "signals"} <= set(a) for a in data["added"])
    assert all({"old", "commitment", "signals"} <= set(r) for r in data["removed"])
    assert accounted_once(Comparison.from_json(data)) == []
    # 2017 §3 + §9 became 2021 §9 + §8: two pairs, each with its own diff, both moved
    demand = next(l for l in data["links"] if l["old"] == ["9"])
    causes = next(l for l in data["links"] if l["old"] == ["3"])
    assert (demand["new"], causes["new"]) == (["8"], ["9"]) and demand["moved"] and causes["moved"]
    # the diff of a link is its joined old and new texts, in reading order
    joined_new = "".join(d["text"] for d in demand["diff"] if d["op"] != "delete")
    assert joined_new.split()[:4] == ["Nous", "nous", "engageons", "de"]


def test_text_lists_summary_links_added_removed(capsys, pair):
    code, out, _ = run(capsys, "compare", *pair, "--format", "text")
    assert code == 0
    assert out.startswith("old: A/RES/72/1")
    assert "summary:" in out and " added " in out and " removed " in out
    assert re.search(r"\n +▲ +9 → 8 +strengthened .* moved\n", out) and re.search(r"\n +− +15 → — +removed", out)


def test_output_file_is_written_whole(capsys, pair, tmp_path):
    target = tmp_path / "c.json"
    code, out, _ = run(capsys, "compare", *pair, "--format", "json", "-o", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["links"]


def test_missing_file_is_one_line_exit_2(capsys, pair, tmp_path):
    code, out, err = run(capsys, "compare", pair[0], str(tmp_path / "absent.txt"), "--format", "json")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "absent.txt" in err and "Traceback" not in err


def test_a_real_process(pair, samples):
    p = subprocess.run([sys.executable, "main.py", "compare", pair[0], pair[0], "--format", "json"],
                       capture_output=True, text=True, cwd=samples.parent.parent, timeout=120)
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert data["summary"]["unchanged"] == len(data["links"]) == len(data["old"]["paragraphs"])


def test_two_languages_are_aligned_by_meaning(tmp_path, capsys):
    """French against English is no longer refused (issue 18): the paragraphs are aligned by meaning and no
    word diff crosses the languages."""
    from nlp.cli import run

    fr = tmp_path / "ancien.txt"
    en = tmp_path / "new.txt"
    fr.write_text("1. Nous nous engageons à prévenir la traite des personnes et à protéger les victimes.\n", encoding="utf-8")
    en.write_text("1. We commit to preventing trafficking in persons and to protecting the victims.\n", encoding="utf-8")
    assert run(["compare", str(fr), str(en), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(link["old"], link["new"]) for link in data["links"]] == [(["1"], ["1"])]
    assert data["links"][0]["diff"] == [] and data["links"][0]["change"] == "unchanged"
