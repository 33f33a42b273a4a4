"""Concordance mode: the French and English editions of S/RES/2506 (2020) side by side, discordances marked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.concordance_window import ConcordanceWindow, controller
from desktop.main_window import MainWindow
from nlp.concordance import concord_files


@pytest.fixture(scope="module")
def unficyp(data_dir):
    a = data_dir / "akn" / "S_RES_2506_2020.fr.akn.xml"
    b = data_dir / "akn" / "S_RES_2506_2020.en.akn.xml"
    return str(a), str(b)


def test_the_main_window_opens_a_concordance_on_the_worker(qtbot, settings, unficyp):
    window = MainWindow(settings, load_model=False)
    qtbot.addWidget(window)
    assert any(a.objectName() == "open_concordance" or "concordance" in a.text().lower()
               for a in window.findChildren(type(window.menuBar().actions()[0])))
    opener = controller(window)
    assert controller(window) is opener  # one per window
    task = opener.open_pair(*unficyp)
    assert task is not None
    qtbot.waitUntil(lambda: bool(opener.windows), timeout=120000)
    view = opener.windows[0]
    qtbot.addWidget(view)
    assert view.concordance.a.language == "fr" and view.concordance.b.language == "en"
    view.close()
    window.close()


def test_both_versions_side_by_side_with_each_discordance_marked(qtbot, unficyp, tmp_path):
    concordance = concord_files(*unficyp)
    view = ConcordanceWindow(concordance, "en")
    qtbot.addWidget(view)
    view.show()
    assert view.navigator.count() == len(concordance.pairs) + len(concordance.unpaired_a) + len(concordance.unpaired_b)
    discordant = view.discordant_rows()
    assert discordant == [k for k, p in enumerate(concordance.pairs) if p.issues]
    # the report's symbol discordance (S/2019/833 in French, S/2019/883 in English) is marked in both texts
    html = view.page()
    assert 'S/2019/833</span>' in html and 'S/2019/883</span>' in html
    assert view.navigator.currentRow() == discordant[0]  # opens on the first discordance
    view.step(1)
    assert view.navigator.currentRow() == (discordant[1] if len(discordant) > 1 else discordant[0])
    view.step(-1)
    assert view.navigator.currentRow() == discordant[0]
    item = view.navigator.item(discordant[0])
    assert item.data(Qt.UserRole) and "S/2019/833" in item.toolTip()
    # the same exports as the command line
    for fmt in ("json", "html", "csv", "text"):
        out = view.export_to(fmt, str(tmp_path / f"c.{fmt}"))
        assert out.exists() and "S/2019/883" in out.read_text(encoding="utf-8-sig")
    view.close()
