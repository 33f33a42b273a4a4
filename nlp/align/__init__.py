"""Paragraph alignment between two versions of a text (see :mod:`nlp.align.aligner`).

features (terms, sentences, vectors) → similarity (TF-IDF + vectors) → candidates (who could be
whom) → monotone (in-order dynamic programming) → moves (out of order, splits, merges).
"""
