"""The installed distributions salesapp needs at run time: its requirements followed recursively, with
environment markers (`; sys_platform == "win32"`) and extras (`psycopg[binary]`) evaluated for this
machine, using the standard library only (no `packaging`).
"""

from __future__ import annotations

import os
import platform
import re
import sys
from collections.abc import Iterable
from importlib import metadata

_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_TOKEN = re.compile(
    r"""\s*(?:(?P<paren>[()])|(?P<op>===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b)|(?P<bool>and\b|or\b)"""
    r"""|(?P<string>'[^']*'|"[^"]*")|(?P<name>[A-Za-z_][A-Za-z0-9_.]*))"""
)
_VERSION = re.compile(r"\d+(?:\.\d+)*")


def normalize(name: str) -> str:
    """A project or extra name as packaging tools compare it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def environment() -> dict[str, str]:
    """The marker variables of this interpreter (PEP 508)."""
    impl = sys.implementation
    return {
        "implementation_name": impl.name,
        "implementation_version": f"{impl.version.major}.{impl.version.minor}.{impl.version.micro}",
        "os_name": os.name,
        "platform_machine": platform.machine(),
        "platform_python_implementation": platform.python_implementation(),
        "platform_release": platform.release(),
        "platform_system": platform.system(),
        "platform_version": platform.version(),
        "python_full_version": platform.python_version(),
        "python_version": ".".join(platform.python_version_tuple()[:2]),
        "sys_platform": sys.platform,
    }


def _as_version(text: str) -> tuple[int, ...] | None:
    return tuple(int(part) for part in text.split(".")) if _VERSION.fullmatch(text) else None


def _compare(left: str, op: str, right: str) -> bool:
    if op in ("in", "not in"):
        return (left in right) == (op == "in")
    if op == "===":
        return left == right
    lv, rv = _as_version(left), _as_version(right)
    if lv is None or rv is None:
        return {"==": left == right, "!=": left != right}.get(op, False)
    width = max(len(lv), len(rv))
    a, b = lv + (0,) * (width - len(lv)), rv + (0,) * (width - len(rv))
    if op == "~=":
        return a >= b and lv[: len(rv) - 1] == rv[: len(rv) - 1]
    return {"==": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


class _Marker:
    """A recursive-descent evaluator of one PEP 508 marker."""

    def __init__(self, text: str, env: dict[str, str]) -> None:
        self.env = env
        self.tokens: list[tuple[str, str]] = []
        position, text = 0, text.strip()
        while position < len(text):
            match = _TOKEN.match(text, position)
            if match is None or match.end() == position:
                raise ValueError(f"cannot read the marker {text!r}")
            kind = match.lastgroup
            assert kind is not None
            self.tokens.append((kind, " ".join(match.group(kind).split())))
            position = match.end()
        self.position = 0

    def _next(self) -> tuple[str, str]:
        token = self.tokens[self.position] if self.position < len(self.tokens) else ("end", "")
        self.position += 1
        return token

    def _peek(self) -> tuple[str, str]:
        return self.tokens[self.position] if self.position < len(self.tokens) else ("end", "")

    def evaluate(self) -> bool:
        result = self._or()
        if self._peek()[0] != "end":
            raise ValueError(f"unexpected {self._peek()[1]!r} in a marker")
        return result

    def _or(self) -> bool:
        result = self._and()
        while self._peek() == ("bool", "or"):
            self._next()
            right = self._and()  # evaluated first: every token must be read
            result = result or right
        return result

    def _and(self) -> bool:
        result = self._atom()
        while self._peek() == ("bool", "and"):
            self._next()
            right = self._atom()
            result = result and right
        return result

    def _atom(self) -> bool:
        if self._peek() == ("paren", "("):
            self._next()
            result = self._or()
            if self._next() != ("paren", ")"):
                raise ValueError("unbalanced parentheses in a marker")
            return result
        (left, left_extra), op, (right, right_extra) = self._value(), self._next(), self._value()
        if op[0] != "op":
            raise ValueError(f"expected an operator, got {op[1]!r}")
        if left_extra or right_extra:
            left, right = normalize(left), normalize(right)
        return _compare(left, op[1], right)

    def _value(self) -> tuple[str, bool]:
        kind, text = self._next()
        if kind == "string":
            return text[1:-1], False
        if kind == "name":
            return self.env.get(text, ""), text == "extra"
        raise ValueError(f"expected a value, got {text!r}")


def marker_holds(marker: str, extra: str = "", env: dict[str, str] | None = None) -> bool:
    """Whether `marker` is true on this machine when the package is installed with `extra`."""
    values = dict(env if env is not None else environment())
    values["extra"] = normalize(extra)
    return _Marker(marker, values).evaluate()


def parse_requirement(requirement: str) -> tuple[str, frozenset[str], str]:
    """(name, extras, marker) of a requirement string such as `psycopg[binary]>=3.1; python_version<"4"`."""
    spec, _, marker = requirement.partition(";")
    match = _REQUIREMENT.match(spec)
    if match is None:
        raise ValueError(f"cannot read the requirement {requirement!r}")
    extras = frozenset(normalize(e) for e in (match.group(2) or "").split(",") if e.strip())
    return match.group(1), extras, marker.strip()


def runtime_distributions(requirements: Iterable[str]) -> list[metadata.Distribution]:
    """The installed distributions `requirements` pull in on this machine, recursively, sorted by name.

    A requirement whose marker is false here (a Windows-only dependency on Linux) is left out; one that
    is not installed is skipped.
    """
    found: dict[str, metadata.Distribution] = {}
    done: dict[str, set[str]] = {}
    queue: list[tuple[str, str]] = [(r, "") for r in requirements]
    while queue:
        requirement, parent_extra = queue.pop(0)
        name, extras, marker = parse_requirement(requirement)
        if marker and not marker_holds(marker, parent_extra):
            continue
        key = normalize(name)
        wanted = {"", *extras} - done.setdefault(key, set())
        if not wanted:
            continue
        done[key] |= wanted
        if key not in found:
            try:
                found[key] = metadata.distribution(name)
            except metadata.PackageNotFoundError:
                continue
        for extra in sorted(wanted):
            queue += [(child, extra) for child in found[key].requires or []]
    return sorted(found.values(), key=lambda d: normalize(d.metadata["Name"] or ""))
