"""wo-desktop: offline work-order entry for the Odyssee Mobile / Wello field-service server."""

from __future__ import annotations

APP_NAME = "wo-desktop"


def __getattr__(name: str) -> str:
    # Computed on first use: importlib.metadata costs tens of milliseconds at start-up,
    # before the window's first paint, and most starts never ask for the version.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            # One version number: pyproject.toml is the source; the installed metadata carries it.
            value = version("wo-desktop")
        except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
            value = "0.0.0+unknown"
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module 'wo_desktop' has no attribute {name!r}")
