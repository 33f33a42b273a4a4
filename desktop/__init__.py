"""The desktop application (PySide6) over the Qt-free engine in nlp/."""
