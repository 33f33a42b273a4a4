"""Paragraph alignment between two versions of a text (see :mod:`nlp.engine.align.aligner`).

features (terms, sentences, vectors) → similarity (TF-IDF pooled with a background of UN texts,
plus vectors) → candidates (who could be whom) → monotone (in-order dynamic programming with beads)
→ moves (out of order, splits and merges whose pieces went apart) → aligner (links, moved flags).
"""
