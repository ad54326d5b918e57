"""Settings a user gives the ``compare`` command: a config file, and which verdicts to show.

``load_config(path)`` reads TOML (``.toml``) or YAML (``.yaml``/``.yml``)::

    # srccompare.toml
    only = ["conflict", "gap"]          # optional: verdicts to keep in the report
    format = "html"                     # optional: markdown, html or json

    [tolerances]                        # how far apart two values may be and still agree
    "deaths.count" = { absolute = 2 }   # one field
    count = { relative = 0.05 }         # a role: every count (field and parent field come first)

Unknown keys, at the top or inside a tolerance, are refused with one line naming the file,
the key and the keys allowed, so a misspelt setting never passes silently.
"""
from __future__ import annotations

import math
import tomllib
from pathlib import Path
from typing import Any, Iterable

import yaml
from pydantic import BaseModel, ConfigDict

from .errors import InputError, UsageError
from .report.model import Report, Summary, Verdict
from .values import Tolerance

__all__ = ["Config", "keep_verdicts", "load_config", "parse_verdicts"]

_TOP_KEYS = ("format", "only", "tolerances")
_TOLERANCE_KEYS = ("absolute", "relative")
_FORMATS = ("markdown", "html", "json")

_VERDICT_NAMES = {
    "conflict": Verdict.CONFLICT, "conflicts": Verdict.CONFLICT,
    "gap": Verdict.GAP, "gaps": Verdict.GAP,
    "compatible": Verdict.COMPATIBLE,
    "agree": Verdict.AGREE, "agrees": Verdict.AGREE, "agreement": Verdict.AGREE, "agreements": Verdict.AGREE,
}


class Config(BaseModel):
    """What a config file sets; every part optional."""

    model_config = ConfigDict(frozen=True)

    tolerances: dict[str, Tolerance] = {}
    only: tuple[Verdict, ...] | None = None
    format: str | None = None


def parse_verdicts(names: str | Iterable[str], *, where: str = "--only") -> tuple[Verdict, ...]:
    """"conflicts,gaps" → (CONFLICT, GAP), in verdict order; unknown names are a ``UsageError``."""
    items = names.split(",") if isinstance(names, str) else list(names)
    chosen: set[Verdict] = set()
    for item in items:
        name = str(item).strip().lower()
        if not name:
            continue
        if name not in _VERDICT_NAMES:
            raise UsageError(f"{where}: unknown verdict {item!r}; choose from conflicts, gaps, compatible, agree")
        chosen.add(_VERDICT_NAMES[name])
    if not chosen:
        raise UsageError(f"{where}: name at least one verdict (conflicts, gaps, compatible, agree)")
    return tuple(v for v in Verdict if v in chosen)


def keep_verdicts(report: Report, verdicts: Iterable[Verdict]) -> Report:
    """The report with only rows of ``verdicts``; the summary counts what is kept, a warning says what is not."""
    wanted = set(verdicts)
    rows = [r for r in report.rows if r.verdict in wanted]
    left_out = len(report.rows) - len(rows)
    counts = {v: sum(1 for r in rows if r.verdict is v) for v in Verdict}
    summary = Summary(agree=counts[Verdict.AGREE], compatible=counts[Verdict.COMPATIBLE],
                      conflict=counts[Verdict.CONFLICT], gap=counts[Verdict.GAP])
    names = ", ".join(v.value for v in Verdict if v in wanted)
    warnings = list(report.warnings)
    if left_out:
        warnings.append(f"only {names} shown (--only): {left_out} other fact{'s' if left_out != 1 else ''} left out")
    return report.model_copy(update={"rows": rows, "summary": summary, "warnings": warnings})


def load_config(path: str | Path) -> Config:
    """Read a TOML or YAML config file; any problem is an ``InputError`` naming the file."""
    path = Path(path)
    name = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such config file") from None
    except OSError as exc:
        raise InputError(name, f"config cannot be read ({exc.strerror or exc})") from None
    suffix = path.suffix.lower()
    try:
        text = raw.decode("utf-8")
        if suffix == ".toml":
            data: Any = tomllib.loads(text)
        elif suffix in (".yaml", ".yml"):
            data = yaml.safe_load(text)
        else:
            raise InputError(name, "config must be a .toml, .yaml or .yml file")
    except UnicodeDecodeError:
        raise InputError(name, "config is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(name, f"not valid TOML ({exc})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(name, f"not valid YAML{where}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(name, "config must be a mapping of settings")
    _refuse_unknown(name, data, _TOP_KEYS, "")
    tolerances: dict[str, Tolerance] = {}
    given = data.get("tolerances") or {}
    if not isinstance(given, dict):
        raise InputError(name, "'tolerances' must map a field or role to {absolute = N, relative = N}")
    for key, spec in given.items():
        if not isinstance(spec, dict):
            raise InputError(name, f"tolerances.{key} must be a mapping such as {{absolute = 2}}")
        _refuse_unknown(name, spec, _TOLERANCE_KEYS, f"tolerances.{key}.")
        values = {}
        for k, v in spec.items():
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v < 0:
                raise InputError(name, f"tolerances.{key}.{k} must be a number ≥ 0, found {v!r}")
            values[k] = float(v)
        tolerances[str(key)] = Tolerance(**values)
    only = None
    if "only" in data:
        only = parse_verdicts(data["only"] if isinstance(data["only"], (list, str)) else str(data["only"]),
                              where=f"{name}: only")
    fmt = data.get("format")
    if fmt is not None and fmt not in _FORMATS:
        raise InputError(name, f"format must be one of {', '.join(_FORMATS)}, found {fmt!r}")
    return Config(tolerances=tolerances, only=only, format=fmt)


def _refuse_unknown(name: str, data: dict, allowed: tuple[str, ...], prefix: str) -> None:
    unknown = sorted(str(k) for k in data if k not in allowed)
    if unknown:
        keys = ", ".join(f"'{prefix}{k}'" for k in unknown)
        raise InputError(name, f"unknown key{'s' if len(unknown) > 1 else ''} {keys} (allowed: {', '.join(allowed)})")
