"""Every third-party package vhost imports is declared in pyproject.toml (DESIGN.md §5), so a
fresh install from the lock has it; the tests import only runtime or dev packages."""

import ast
import re
import sys
import tomllib
from collections.abc import Iterator
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def normalise(name: str) -> str:
    """A distribution name as PEP 503 compares it: `PySide6_Essentials` is `pyside6-essentials`."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(requirements: list[str]) -> set[str]:
    return {normalise(Requirement(text).name) for text in requirements}


RUNTIME = declared(PYPROJECT["project"]["dependencies"])
EXTRAS = PYPROJECT["project"].get("optional-dependencies", {})
DEV = declared(EXTRAS.get("dev", []))
# Optional features (`vhost[quality]`): vhost imports them lazily and says how to install them.
OPTIONAL = declared([text for name, group in EXTRAS.items() if name != "dev" for text in group])


def imported_names(path: Path) -> Iterator[tuple[str, int]]:
    """Top-level names of the absolute imports in a file (also those inside functions), with lines."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0], node.lineno
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0], node.lineno


def undeclared(folder: Path, allowed: set[str], local: set[str], where: str) -> list[str]:
    """One sentence per third-party import in `folder` that no allowed distribution provides."""
    providers = packages_distributions()
    problems = []
    for path in sorted(folder.rglob("*.py")):
        for name, line in imported_names(path):
            if name in sys.stdlib_module_names or name in local:
                continue
            distributions = sorted(set(providers.get(name, [])))
            if any(normalise(d) in allowed for d in distributions):
                continue
            file = f"{path.relative_to(REPO) if path.is_relative_to(REPO) else path}:{line}"
            if distributions:
                problems.append(
                    f"{file} imports {name!r}, which comes from {' or '.join(distributions)}:"
                    f" add {normalise(distributions[0])!r} to {where} in pyproject.toml"
                    " (then bash scripts/lock.sh)"
                )
            else:
                problems.append(
                    f"{file} imports {name!r}, which no installed distribution provides:"
                    f" add the distribution that provides it to {where} in pyproject.toml"
                    " (then bash scripts/lock.sh)"
                )
    return problems


def test_vhost_imports_only_declared_packages():
    problems = undeclared(
        REPO / "vhost", RUNTIME | OPTIONAL, {"vhost"}, "[project].dependencies (or an optional extra)"
    )
    assert not problems, "\n".join(problems)


def test_tests_import_only_runtime_or_dev_packages():
    local = {"vhost", "tests"} | {path.stem for path in (REPO / "tests").glob("*.py")}
    problems = undeclared(
        REPO / "tests",
        RUNTIME | DEV | OPTIONAL,
        local,
        "[project].dependencies (or [project.optional-dependencies], for tests only)",
    )
    assert not problems, "\n".join(problems)


def test_an_undeclared_import_is_named_with_its_file_and_distribution(tmp_path):
    """The check itself: pytest (a dev package) imported inside a function of package code."""
    (tmp_path / "module.py").write_text(
        "import json\nimport numpy\nfrom vhost import domain\n\n\ndef f():\n    import pytest.mark\n",
        encoding="utf-8",
    )
    problems = undeclared(tmp_path, RUNTIME, {"vhost"}, "[project].dependencies")
    assert problems == [
        f"{tmp_path / 'module.py'}:7 imports 'pytest', which comes from pytest: add 'pytest' to"
        " [project].dependencies in pyproject.toml (then bash scripts/lock.sh)"
    ]


def test_the_lock_pins_every_declared_package_within_its_range():
    """requirements.lock is what setup.sh installs: a requirement added or narrowed in
    pyproject.toml without `bash scripts/lock.sh` fails here, not on a user's machine."""
    locked = {}
    for line in (REPO / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith((" ", "#")):
            name, _, version = line.partition("==")
            locked[normalise(name)] = version.strip()
    project = PYPROJECT["project"]
    stale = []
    extras = [text for group in project["optional-dependencies"].values() for text in group]
    for text in [*project["dependencies"], *extras]:
        requirement = Requirement(text)
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        version = locked.get(normalise(requirement.name))
        if version is None or not requirement.specifier.contains(version, prereleases=True):
            stale.append(f"{text} (locked: {version})")
    assert stale == [], f"requirements.lock does not fit pyproject.toml; run bash scripts/lock.sh: {stale}"
