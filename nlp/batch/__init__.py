"""Batches: whole series of resolutions compared on a Dask cluster and kept in the library.

``main.py batch INPUT --db LIB`` (nlp.cli.batch) reads a folder (grouped into series, consecutive
versions compared) or a CSV manifest of pairs; the workers read and compare (the language model
loaded once per worker), the client alone writes the library and the changes table. Dask is an
optional dependency: nothing here imports it until a batch runs.
"""
