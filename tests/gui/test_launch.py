"""main.py's window options: bad ones refused in one line, --screenshot writes a real picture."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from desktop.launch import SCREENSHOT_SIZE, launch


@pytest.mark.parametrize(
    "argv, says",
    [
        (["only-one.md"], "two files"),
        (["--lang", "de"], "--lang"),
        (["--screenshot", "x.png"], "needs OLD and NEW"),
        (["--bogus"], "--bogus"),
    ],
)
def test_bad_options_say_one_line_and_exit_2(capsys, argv, says):
    assert launch(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err and err.startswith("error: ")


def test_missing_file_names_it(capsys, tmp_path):
    assert launch([str(tmp_path / "gone.md"), str(tmp_path / "other.md")]) == 2
    assert "gone.md: no such file" in capsys.readouterr().err


def test_screenshot_is_written_and_not_blank(qapp, tmp_path, sample_pair, fr_nlp):
    out = tmp_path / "shot.png"
    assert launch([*sample_pair, "--screenshot", str(out)]) == 0
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == SCREENSHOT_SIZE
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50
    # the diff's red and green highlights are in the picture
    hues = [QColor(p) for p in colours]
    assert any(c.red() > 150 and c.green() < 120 and c.blue() < 120 for c in hues)
    assert any(c.green() > 80 and c.red() < 80 and c.blue() < 100 for c in hues)
    assert not list(tmp_path.glob("*.part"))


def test_screenshot_of_a_bad_file_exits_2(qapp, tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert launch([str(bad), str(bad), "--screenshot", str(tmp_path / "x.png")]) == 2
    assert "bad.txt" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize(
    "target, says",
    [
        ("{tmp}", "is a folder"),  # an existing folder
        ("{tmp}/", "names a folder"),
        ("{tmp}/gone/shot.png", "does not exist"),
        ("", "empty"),
        ("{old}", "an input"),  # the picture would replace the file it shows
        ("/dev/null", "not a regular file"),
    ],
)
def test_screenshot_output_follows_the_commands_output_rules(capsys, tmp_path, target, says):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("Nous décidons.\n", encoding="utf-8")
    new.write_text("Nous décidons encore.\n", encoding="utf-8")
    before = old.read_bytes()
    out = target.format(tmp=tmp_path, old=old)
    assert launch([str(old), str(new), "--screenshot", out]) == 2  # refused before any window or model
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and says in err, err
    assert old.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["new.txt", "old.txt"]
