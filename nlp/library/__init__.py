"""The library of documents and comparisons (one SQLite database; see :mod:`nlp.library.store`)."""
