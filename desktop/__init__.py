"""Travaux desktop window (PySide6). Imports nlp/, never the reverse."""
