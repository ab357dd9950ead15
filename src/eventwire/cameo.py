"""The CAMEO event codebook: labels, Goldstein weights, QuadClass and PLOVER types.

The tables live in ``resources/cameo/`` as TSV files (see the README there for their
sources); :func:`get_codebook` reads them once per process.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

RESOURCE_DIR = Path(str(resources.files("eventwire") / "resources" / "cameo"))


@dataclass(frozen=True)
class CodeInfo:
    """What the codebook says about one CAMEO event code."""

    code: str
    root: str
    label: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None
    plover_context: str | None


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a TSV resource in ``resources/cameo``; ``#`` lines are comments."""
    with (RESOURCE_DIR / name).open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


class Codebook:
    """CAMEO codes with their labels, weights and PLOVER types."""

    def __init__(self) -> None:
        self.labels = {r["code"]: r["description"] for r in read_tsv("eventcodes.tsv")}
        self.goldstein = {r["code"]: float(r["goldstein"]) for r in read_tsv("goldstein.tsv")}
        self.quad = {r["root"]: int(r["quad_class"]) for r in read_tsv("quadclass.tsv")}
        self.plover = {r["code"]: r for r in read_tsv("plover.tsv")}

    def __contains__(self, code: object) -> bool:
        return code in self.labels

    def info(self, code: str, *, strict: bool = True) -> CodeInfo:
        """The codebook entry of ``code``; a code the codebook lacks falls back to its parent.

        Args:
            code: a CAMEO event code.
            strict: when False, a code outside CAMEO (from a user's PETRARCH verb
                dictionary) is kept as written: under a CAMEO parent ("1717" under
                "171") it reads as the parent; with none (old WEIS codes) it is
                labelled as such, with QuadClass 1 and Goldstein 0.

        Raises:
            KeyError: ``strict`` and neither the code nor its root is a CAMEO code.
        """
        known = code
        while known not in self.labels and len(known) > 2:
            known = known[:-1]
        if known in self.labels and not strict and known != code:
            # a user's finer code ("1717", "174K") is kept; it reads as its CAMEO parent
            return replace(self.info(known), code=code)
        if known not in self.labels:
            if strict:
                raise KeyError(f"not a CAMEO event code: {code!r}")
            return CodeInfo(
                code=code,
                root=code[:2],
                label=f"code {code} (user dictionary, not CAMEO)",
                quad_class=1,
                goldstein=0.0,
                plover=None,
                plover_mode=None,
                plover_context=None,
            )
        root = known[:2]
        plover = self._plover_row(known)
        return CodeInfo(
            code=known,
            root=root,
            label=self.labels[known],
            quad_class=self.quad[root],
            goldstein=self.goldstein.get(known, self.goldstein.get(root, 0.0)),
            plover=(plover or {}).get("plover") or None,
            plover_mode=(plover or {}).get("mode") or None,
            plover_context=(plover or {}).get("context") or None,
        )

    def _plover_row(self, code: str) -> dict[str, str] | None:
        # The nearest coded ancestor: 0874 → 087 → 08.
        for size in range(len(code), 1, -1):
            row = self.plover.get(code[:size])
            if row:
                return row
        return None


@lru_cache(maxsize=1)
def get_codebook() -> Codebook:
    """The codebook, read once per process."""
    return Codebook()
