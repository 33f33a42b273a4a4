"""The cycle collector is held off during bulk work and resumes after it, nested bulks settling once."""

from __future__ import annotations

import gc
import threading

from nlp.model import collector


def _cycle() -> None:
    a: list = []
    a.append(a)


def test_no_collection_inside_and_collections_resume_after():
    assert gc.isenabled()
    with collector.bulk(keep=False):
        assert not gc.isenabled()
        with collector.bulk(keep=False):
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner end does not turn collection back on
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    with collector.bulk(keep=False):
        _cycle()
    assert gc.get_freeze_count() == frozen  # nothing kept out of sight: the cycle is still collectable
    assert gc.collect() >= 1


def test_keep_moves_what_lives_out_of_sight_once_the_outermost_ends():
    gc.collect()
    before = gc.get_freeze_count()
    kept = []
    with collector.bulk(keep=False):
        with collector.bulk(keep=True):
            kept.append({"built": list(range(10))})
        assert gc.get_freeze_count() == before  # not while the outer bulk runs
    assert gc.get_freeze_count() > before
    assert gc.isenabled()
    gc.unfreeze()


def test_bulks_in_two_threads_share_one_count():
    inside, release = threading.Event(), threading.Event()

    def worker():
        with collector.bulk(keep=False):
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    with collector.bulk(keep=False):
        pass
    assert not gc.isenabled()  # the other thread's bulk still runs
    release.set()
    thread.join(5)
    assert gc.isenabled()
