"""A digest of the whole simulation state, the same in every process (no hash randomisation, floats rounded)."""

from __future__ import annotations

import hashlib
import json
import math


def canonical(value: object) -> object:
    """Plain JSON values with floats rounded to 6 decimals, dict keys as sorted strings, tuples as lists."""
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return repr(value)
        rounded = round(value, 6)
        return 0.0 if rounded == 0 else rounded
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((canonical(v) for v in value), key=repr)
    raise TypeError(f"cannot hash state of type {type(value).__name__}")


def state_hash(snapshot: object) -> str:
    """The SHA-256 hex digest of the canonical JSON of ``snapshot``."""
    text = json.dumps(canonical(snapshot), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()
