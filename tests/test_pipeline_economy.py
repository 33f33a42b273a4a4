"""The model reads only what needs reading: identical paragraphs are anchors, never tagged nor parsed;
the dependency parse runs only for the commitment analysis; long texts are read in windows."""

from __future__ import annotations

import pytest

from nlp.engine import compare, pipeline
from nlp.engine.align import features
from nlp.model.document import Document, Paragraph
from nlp.readers import read_document

SENTENCES = [
    "Prie le Secrétaire général de lui présenter un rapport sur l'application de la présente résolution.",
    "Engage les États Membres à renforcer la coopération internationale contre la traite des personnes.",
    "Décide de rester activement saisi de la question.",
]


def _doc(name: str, texts: list[str]) -> Document:
    return Document(name, "text", "fr", tuple(Paragraph(str(k + 1), "operative", t) for k, t in enumerate(texts)))


def test_windows_join_back_and_stay_bounded():
    text = " ".join(SENTENCES * 400)
    pieces = pipeline.windows(text, size=2_000)
    assert "".join(pieces) == text
    assert len(pieces) > 1
    assert all(len(p) <= 2_000 for p in pieces)
    # every cut but the last falls after a sentence or clause end
    assert all(p.rstrip()[-1] in ".;:!?»)]" for p in pieces[:-1])


def test_windows_cut_at_spaces_when_there_is_no_sentence_end():
    text = " ".join(["mot"] * 5_000)
    pieces = pipeline.windows(text, size=1_000)
    assert "".join(pieces) == text and all(len(p) <= 1_000 for p in pieces)
    assert all(p.endswith(" ") for p in pieces[:-1])


def test_a_normal_paragraph_is_one_window():
    assert pipeline.windows(SENTENCES[0]) == [SENTENCES[0]]


def test_long_text_is_parsed_past_the_models_length_limit(fr_nlp, monkeypatch):
    text = " ".join(SENTENCES * 60)
    monkeypatch.setattr(fr_nlp, "max_length", 3_000)  # spaCy refuses one Doc longer than this
    monkeypatch.setattr(pipeline, "WINDOW", 1_000)
    doc = pipeline.parse([text + " (fenêtres)"], "fr")[0]
    assert doc.text == text + " (fenêtres)"
    assert doc.has_annotation("DEP") and doc.has_annotation("LEMMA")
    assert [t.lemma_ for t in doc[:3]] == [t.lemma_ for t in fr_nlp(SENTENCES[0])[:3]]


def test_tagging_is_the_pipeline_without_the_parser(fr_nlp):
    tagged = next(pipeline.tag([SENTENCES[1]], "fr"))
    full = fr_nlp(SENTENCES[1])
    assert [(t.text, t.lemma_, t.pos_) for t in tagged] == [(t.text, t.lemma_, t.pos_) for t in full]
    assert not tagged.has_annotation("DEP")


def test_identical_paragraphs_are_never_read_by_the_model(fr_nlp, monkeypatch):
    """Identical paragraphs are anchors, never read by the model; a changed one is read once, by the whole
    pipeline, for its features and its commitment markers both (never tagged, then parsed again)."""
    from nlp.engine import commitment

    features._cache.clear()
    commitment._remembered.clear()
    read: list[str] = []
    parsed: list[str] = []
    real_tag, real_read, real_parse = pipeline.tag, pipeline.read, pipeline.parse
    monkeypatch.setattr(pipeline, "tag", lambda texts, lang, *rest: (read.extend(texts), real_tag(texts, lang, *rest))[1])
    monkeypatch.setattr(pipeline, "read", lambda texts, lang, *rest: (read.extend(texts), real_read(texts, lang, *rest))[1])
    monkeypatch.setattr(pipeline, "parse", lambda texts, lang: (parsed.extend(texts), real_parse(texts, lang))[1])
    changed_old = "Invite les États Membres à envisager de ratifier la Convention."
    changed_new = "Exhorte les États Membres à ratifier la Convention sans tarder."
    old = _doc("old.txt", [SENTENCES[0], changed_old, SENTENCES[1], SENTENCES[2]])
    new = _doc("new.txt", [SENTENCES[0], changed_new, SENTENCES[1], SENTENCES[2]])
    c = compare(old, new)
    assert sorted(read) == sorted([changed_old, changed_new])
    assert parsed == []
    assert [(l.old, l.new, l.change.value) for l in c.links][0] == (("1",), ("1",), "unchanged")
    assert {(l.old, l.new) for l in c.links} == {(("1",), ("1",)), (("2",), ("2",)), (("3",), ("3",)), (("4",), ("4",))}
    assert c.links[1].change.value == "strengthened"  # « Invite … à envisager » → « Exhorte »: read from the markers kept


def test_markers_kept_from_the_alignments_reading_are_those_of_a_parse(samples, fr_nlp):
    """What the commitment analysis keeps from the alignment's reading is what it would find in the text's
    own parse."""
    from nlp.engine import commitment
    from nlp.engine.commitment.components import markers_of

    texts = [p.text for p in read_document(samples / "A_RES_72_1.fr.md")][:30]
    commitment._remembered.clear()
    for text, doc in zip(texts, pipeline.read(texts, "fr")):
        commitment.remember(text, "fr", doc)
    for text in texts:
        assert commitment._markers(text, "fr") == markers_of(fr_nlp(text), "fr")


@pytest.mark.slow
def test_a_comparison_does_not_depend_on_what_was_read_before(samples, fr_nlp):
    """The same result whether the process read these paragraphs before (tagged, in another comparison
    where they changed) or not: an anchor is always read by the tokenizer alone."""
    old, new = read_document(samples / "A_RES_72_1.fr.md"), read_document(samples / "A_RES_76_7.fr.txt")
    features._cache.clear()
    fresh = compare(old, new)
    features._cache.clear()
    features.extract((old, Document("other.txt", "text", "fr", ())), "fr")  # every old paragraph tagged
    features.extract((Document("other.txt", "text", "fr", ()), new), "fr")
    after = compare(old, new)
    assert after.to_json() == fresh.to_json()


def test_tagging_in_several_processes_reads_the_same(fr_nlp):
    texts = [s.replace("États", f"États {k}") for k in range(6) for s in SENTENCES]
    alone = [[(t.text, t.lemma_, t.pos_, t.has_vector) for t in d] for d in pipeline.tag(texts, "fr")]
    shared = [[(t.text, t.lemma_, t.pos_, t.has_vector) for t in d] for d in pipeline.tag(texts, "fr", processes=2)]
    assert shared == alone


def test_parallel_tagging_only_for_many_texts():
    assert pipeline.processes_for(10) == 1
    assert 1 <= pipeline.processes_for(pipeline.PARALLEL_MIN) <= pipeline.MAX_PROCESSES


def _features_token_by_token(text, doc, with_model, with_vectors, stops):
    """What a paragraph's features are, read one spaCy token at a time (the definition the array reader
    must keep): content words' folded lemmas per sentence, and the mean of their static vectors."""
    from collections import Counter

    import numpy as np

    from nlp.model.textnorm import fold

    starts = features.sentence_starts(text)
    sentences = [Counter() for _ in starts]
    vectors, s = [], 0
    for tok in doc:
        while s + 1 < len(starts) and tok.idx >= starts[s + 1]:
            s += 1
        if not (tok.is_alpha or tok.like_num) or len(tok.text) < 2 and not tok.like_num:
            continue
        if with_model and (tok.is_stop or tok.pos_ not in features.CONTENT_POS):
            continue
        if not with_model and fold(tok.text) in stops:
            continue
        sentences[s][fold(tok.lemma_ or tok.text)] += 1
        if with_vectors and tok.has_vector:
            vectors.append(tok.vector)
    terms = Counter()
    for c in sentences:
        terms.update(c)
    vector = np.mean(vectors, axis=0).astype(np.float32) if vectors else None
    return list(terms.items()), [list(c.items()) for c in sentences if c] or [[]], None if vector is None else vector.tobytes()


def test_features_read_through_arrays_are_those_of_the_tokens(samples, fr_nlp):
    """The reader works on the Doc's arrays and remembers each word's term; it must give, term for term
    and in the same order (the similarity sums in that order), what the tokens give one by one."""
    texts = [p.text for p in read_document(samples / "A_RES_72_1.fr.md")][:40] + ["", "2030 ; 70/1 — A/RES/70/1.", "Œuvrer"]
    stops = features.stopwords("fr")
    lexical_stops = stops | frozenset(features.fold(w) for w in fr_nlp.Defaults.stop_words)
    for with_model, read, stop in ((True, lambda t: next(pipeline.tag([t], "fr")), stops), (False, fr_nlp.make_doc, lexical_stops)):
        reader = features._Reader(fr_nlp, with_model, True, stop)
        for text in texts:
            doc = read(text)
            got = reader.features(text, doc)
            expected = _features_token_by_token(text, doc, with_model, True, stop)
            vector = None if got.vector is None else got.vector.tobytes()
            assert (list(got.terms.items()), [list(c.items()) for c in got.sentences], vector) == expected, text


def test_a_text_diffed_with_itself_is_one_equal_run(samples):
    """The same text is one equal run without a word walk: what the walk gives (here forced by a trailing
    space, which the diff does not count)."""
    from nlp.engine.worddiff import word_diff

    for p in read_document(samples / "A_RES_72_1.fr.md"):
        assert word_diff(p.text, p.text) == word_diff(p.text, p.text + " ")
