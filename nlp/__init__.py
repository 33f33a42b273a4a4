"""Travaux core: everything that is not Qt.

Reading documents into paragraphs, aligning two versions, judging what changed in their
commitments, reports and the library store. Nothing here imports Qt (enforced by import-linter).
"""
