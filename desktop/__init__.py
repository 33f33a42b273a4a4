"""The desktop application (PySide6) over the Qt-free engine in nlp/."""

from desktop.qtfix import keep_singletons_alive

keep_singletons_alive()
