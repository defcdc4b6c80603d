"""The few colours the window adds to the platform's style.

Style sheets are set on the widgets that need them only: an application-wide sheet makes
every widget polish through QStyleSheetStyle, which costs the first paint.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

BANNER = """
QFrame#banner { border-radius: 4px; }
QFrame#banner[kind="rejected"] { background: #fdecea; border: 1px solid #f1aeb5; }
QFrame#banner[kind="ready"] { background: #e8f0fe; border: 1px solid #aac4f5; }
QFrame#banner[kind="sent"] { background: #e6f4ea; border: 1px solid #a8d5b5; }
QFrame#banner[kind="warning"] { background: #fef7e0; border: 1px solid #f2cc6b; }
QFrame#banner QLabel { color: #202124; }
"""

CHIP = """
QLabel#state_chip {
    padding: 2px 10px; border-radius: 9px; background: #e0e0e0; color: #37474f;
    border: 1px solid #c8c8c8; }
QLabel#state_chip[state="rejected"] { background: #fdecea; color: #b71c1c; }
QLabel#state_chip[state="ready"], QLabel#state_chip[state="sending"] {
    background: #e8f0fe; color: #0d47a1; }
QLabel#state_chip[state="sent"] { background: #e6f4ea; color: #1b5e20; }
"""

SECONDARY = "#5f6368"


def secondary(widget: QWidget) -> None:
    """Quieter text, for hints under a field."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(SECONDARY))
    widget.setPalette(palette)


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
