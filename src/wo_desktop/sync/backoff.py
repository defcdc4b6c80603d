"""Exponential backoff with full jitter, capped, that gives way to the server's Retry-After."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base: float = 1.0
    cap: float = 300.0
    rng: random.Random = field(default_factory=random.Random)

    def ceiling(self, attempts: int) -> float:
        return float(min(self.cap, self.base * (2 ** max(0, attempts - 1))))

    def delay(self, attempts: int, retry_after: float | None = None) -> float:
        """Seconds to wait before attempt ``attempts + 1``.

        Full jitter (uniform in [0, ceiling]) spreads many laptops that lost the network at
        the same moment. When the server says how long to wait, it is obeyed: never less.
        """
        jittered = self.rng.uniform(0.0, self.ceiling(attempts))
        if retry_after is not None and retry_after >= 0:
            return float(min(max(retry_after, jittered), max(self.cap, retry_after)))
        return jittered
