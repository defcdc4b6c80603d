"""wo-desktop: offline work-order entry for the Odyssee Mobile / Wello field-service server."""

from importlib.metadata import PackageNotFoundError, version

try:
    # One version number: pyproject.toml is the source; the installed metadata carries it.
    __version__ = version("wo-desktop")
except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
    __version__ = "0.0.0+unknown"

APP_NAME = "wo-desktop"
