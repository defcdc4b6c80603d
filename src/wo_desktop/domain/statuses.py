"""Job statuses: the codes the server accepts on create and the GUIDs it documents."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from uuid import UUID

STATUS_CODES: tuple[str, ...] = (
    "Canceled",
    "ToBePlanned",
    "Waiting",
    "Pooling",
    "Suggested",
    "Activated",
    "Open",
)

# Only these five are documented; Canceled and Activated have no published GUID.
STATUS_IDS: Mapping[str, UUID] = MappingProxyType(
    {
        "Open": UUID("8BA9DA71-EF32-423A-BB50-AE767315F55C"),
        "ToBePlanned": UUID("497ACFF2-9FF6-4C94-85DD-DAA0689553E2"),
        "Pooling": UUID("8ADBC894-D612-DE11-BD84-0030488C6C36"),
        "Suggested": UUID("143CF9CD-C3C1-406A-A19A-58D766D9DDA9"),
        "Waiting": UUID("69268600-D3E0-4222-859F-06E47CF4041E"),
    }
)

DEFAULT_STATUS_CODE = "Open"
