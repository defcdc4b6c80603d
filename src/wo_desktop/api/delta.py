"""Trimming a delta pull to exactly the rows the caller does not have yet.

The server's filter is coarser than the caller's watermark (a millisecond literal against
7-digit timestamps) and, on a resume, inclusive (`ge`): see contract.delta_filter. What it lets
through that the caller already stored is dropped here, in the server's own row order.
"""

from __future__ import annotations

from typing import Any

from wo_desktop.api import contract


class ResumeTrim:
    """Drops from a delta what the caller has already, given how the filter was cut."""

    def __init__(self, since_key: int | None, after_id: str | None) -> None:
        self._since = since_key
        self._after = after_id.lower() if after_id else None
        self._held: list[dict[str, Any]] = []
        self._seeking = after_id is not None

    def feed(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for row in rows:
            key = contract.timestamp_key(row.get(contract.MODIFIED_FIELD))
            if key is not None and self._since is not None:
                # The literal was cut to the millisecond: anything older we have already.
                if key < self._since or (key == self._since and self._after is None):
                    continue
                if self._seeking and key == self._since:
                    if str(row.get(contract.ID_FIELD, "")).lower() == self._after:
                        self._held.clear()
                        self._seeking = False
                    else:
                        self._held.append(row)
                        if len(self._held) > contract.RESUME_HOLD_LIMIT:
                            out.extend(self._release())
                    continue
            out.extend(self._release())
            out.append(row)
        return out

    def finish(self) -> list[dict[str, Any]]:
        return self._release()

    def _release(self) -> list[dict[str, Any]]:
        held, self._held = self._held, []
        self._seeking = False
        return held
