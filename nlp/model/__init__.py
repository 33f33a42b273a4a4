"""The values every layer shares: the document and comparison models, errors, text normalisation."""
