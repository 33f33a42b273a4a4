"""What a paragraph states, read the same way in French and in English: its figures, dates, symbols and
references (:mod:`facts`) and what carries its force (:mod:`force`), with the language knowledge of
``resources/concordance/<lang>.toml`` (:mod:`language`). Shared by the concordance check of two language
versions and by the comparison of two versions in different languages."""
