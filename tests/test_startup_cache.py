"""The dataclass code cache: classes made from it are the classes ``dataclasses`` makes,
down to the bytecode; its file is private, and a damaged or foreign one is ignored."""

from __future__ import annotations

import dataclasses
import stat
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import CodeType, FunctionType
from typing import Any, ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credithealth import startup_cache
from credithealth.domain import toml_files

pytestmark = pytest.mark.skipif(
    not startup_cache.supported(), reason="the cache is written for Python 3.11's dataclasses"
)
METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__", "__lt__")


@pytest.fixture(autouse=True)
def restored() -> Iterator[None]:
    startup_cache.uninstall()
    yield
    startup_cache.uninstall()


def same_code(a: CodeType, b: CodeType) -> None:
    assert a.co_code == b.co_code
    assert a.co_names == b.co_names
    assert a.co_varnames == b.co_varnames
    assert a.co_flags == b.co_flags
    assert a.co_filename == b.co_filename
    assert len(a.co_consts) == len(b.co_consts)
    for x, y in zip(a.co_consts, b.co_consts, strict=True):
        if isinstance(x, CodeType):
            same_code(x, y)
        else:
            assert x == y


def same_class(a: type, b: type) -> None:
    assert [f.name for f in dataclasses.fields(a)] == [f.name for f in dataclasses.fields(b)]
    for name in METHODS:
        fa, fb = a.__dict__.get(name), b.__dict__.get(name)
        assert (fa is None) == (fb is None), name
        if isinstance(fa, FunctionType):
            assert isinstance(fb, FunctionType)
            same_code(fa.__code__, fb.__code__)
            assert fa.__annotations__ == fb.__annotations__, name
            assert fa.__defaults__ == fb.__defaults__, name
            assert fa.__qualname__.split(".")[-1] == fb.__qualname__.split(".")[-1]


FIELD = st.tuples(
    st.sampled_from([int, str, "int", "list[str]", Any]),
    st.sampled_from(["none", "value", "factory"]),
    st.booleans(),  # kw_only
)
FLAGS = st.fixed_dictionaries(
    {
        "frozen": st.booleans(),
        "eq": st.booleans(),
        "order": st.booleans(),
        "unsafe_hash": st.booleans(),
        "repr": st.booleans(),
        "slots": st.booleans(),
    }
)


def make(fields: list[tuple[Any, str, bool]], flags: dict[str, bool]) -> type:
    spec: list[Any] = []
    defaulted = False
    for i, (kind, default, kw_only) in enumerate(fields):
        if default == "value" or (defaulted and not kw_only):
            spec.append((f"f{i}", kind, dataclasses.field(default=i, kw_only=kw_only)))
            defaulted = True
        elif default == "factory":
            spec.append((f"f{i}", kind, dataclasses.field(default_factory=list, kw_only=kw_only)))
            defaulted = True
        else:
            spec.append((f"f{i}", kind, dataclasses.field(kw_only=kw_only)))
    flags = dict(flags)
    flags["order"] = flags["order"] and flags["eq"]
    return dataclasses.make_dataclass("Made", spec, **flags)


@settings(max_examples=60, deadline=None)
@given(st.lists(FIELD, max_size=5), FLAGS)
def test_a_class_from_the_cache_is_the_class_dataclasses_makes(
    tmp_path_factory: pytest.TempPathFactory,
    fields: list[tuple[Any, str, bool]],
    flags: dict[str, bool],
) -> None:
    folder = tmp_path_factory.mktemp("cache")
    startup_cache.uninstall()  # (the fixture runs once for all the examples)
    plain = make(fields, flags)
    assert startup_cache.install(folder)
    compiled = make(fields, flags)  # compiled by the cache, kept
    startup_cache.save()
    startup_cache.uninstall()
    assert startup_cache.install(folder)
    cached = make(fields, flags)  # from the file: nothing compiled
    assert not startup_cache.save()
    for made in (compiled, cached):
        same_class(plain, made)


@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    tags: tuple[str, ...] = ()
    kind: ClassVar[str] = "point"

    def __post_init__(self) -> None:
        if self.x < 0:
            raise ValueError("x")


def remade(cls: type) -> type:
    """``cls`` made again by ``dataclasses`` from its own definition (as at import)."""
    ns = {k: v for k, v in cls.__dict__.items() if not k.startswith("__dataclass")}
    for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        ns.pop(name, None)
    bare = type(cls.__name__, (), ns)
    bare.__module__ = cls.__module__
    return dataclasses.dataclass(frozen=True)(bare)


def test_a_frozen_class_from_the_cache_behaves_as_ever(tmp_path: Path) -> None:
    startup_cache.install(tmp_path)
    startup_cache.save()
    startup_cache.uninstall()
    startup_cache.install(tmp_path)
    P = remade(Point)
    p = P(1, tags=("a",))
    assert repr(p) == "Point(x=1, y=0, tags=('a',))"
    assert p == P(1, 0, ("a",)) and p != P(2)
    assert hash(p) == hash(P(1, 0, ("a",)))
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 3  # type: ignore[misc]
    with pytest.raises(ValueError):
        P(-1)
    assert dataclasses.replace(p, y=5).y == 5
    assert P.__init__.__annotations__ == Point.__init__.__annotations__


def test_the_file_is_private_and_read_back(tmp_path: Path) -> None:
    folder = tmp_path / "cache" / "CreditHealth"
    startup_cache.install(folder)
    remade(Point)
    assert startup_cache.save()
    file = folder / startup_cache.FILE_NAME
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert not startup_cache.save()  # nothing new since
    assert any("__create_fn__" in t for t in startup_cache.read(file)[0])
    assert [p.name for p in folder.iterdir()] == [startup_cache.FILE_NAME]  # no temporary left


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-10],  # cut short
        lambda data: data[:-5] + bytes(5),  # bytes changed: the checksum
        lambda data: data.replace(b"credit-health", b"credit-wealth", 1),  # another app
        lambda data: data.replace(sys.version.encode(), b"3.99.0", 1),  # another Python
        lambda data: b"",
        lambda data: b"\n\x00\x00\x00\x00",
    ],
)
def test_a_damaged_or_foreign_file_is_ignored_and_replaced(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    startup_cache.install(tmp_path)
    remade(Point)
    startup_cache.save()
    file = tmp_path / startup_cache.FILE_NAME
    file.write_bytes(damage(file.read_bytes()))
    startup_cache.uninstall()
    assert startup_cache.read(file) == ({}, {}, {})
    startup_cache.install(tmp_path)
    P = remade(Point)  # compiled again, as without a cache
    assert P(1) == P(1, 0)
    assert startup_cache.save()
    assert startup_cache.read(file)[0]


def test_a_payload_that_is_not_code_is_ignored(tmp_path: Path) -> None:
    import marshal
    import zlib

    file = tmp_path / startup_cache.FILE_NAME
    for found in (
        ({"def __create_fn__(): pass": "not code"}, {}, {}),
        ({}, {"a = 1": "not bytes"}, {}),
        ({}, {}, {b"not text": b""}),
        ({}, {}),
        {"a": 1},
    ):
        payload = marshal.dumps(found)
        file.write_bytes(
            startup_cache.tag() + b"\n" + zlib.crc32(payload).to_bytes(4, "big") + payload
        )
        assert startup_cache.read(file) == ({}, {}, {})


def test_an_unwritable_folder_changes_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    startup_cache.install(blocked / "cache")
    P = remade(Point)
    assert not startup_cache.save()  # logged, not raised
    assert P(1).x == 1
    assert blocked.read_text() == ""


def test_without_install_nothing_is_written(tmp_path: Path) -> None:
    remade(Point)
    assert not startup_cache.installed()
    assert not startup_cache.save()


# -- the parsed TOML files ------------------------------------------------------------

RULES_LIKE = """
[consumption]
min_months = 3  # a comment
ratio = 0.25
names = ["a", "b"]
[consumption.bands]
low = { floor = 0, label = "低" }
""".encode()


def test_a_toml_file_is_parsed_once_and_then_read_from_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tomllib

    expected = tomllib.loads(RULES_LIKE.decode())
    startup_cache.install(tmp_path)
    assert toml_files.parse(RULES_LIKE) == expected
    assert startup_cache.save()
    startup_cache.uninstall()
    startup_cache.install(tmp_path)

    def not_again(_text: str) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(tomllib, "loads", not_again)
    first = toml_files.parse(RULES_LIKE)
    assert first == expected
    first["consumption"]["min_months"] = 99  # a caller's change is its own
    assert toml_files.parse(RULES_LIKE) == expected
    with pytest.raises(AssertionError):  # other bytes: parsed (here: refused)
        toml_files.parse(RULES_LIKE + b"\nextra = 1\n")


def test_a_table_marshal_cannot_keep_is_parsed_every_time(tmp_path: Path) -> None:
    startup_cache.install(tmp_path)
    dated = b"on = 2026-12-06\n"
    assert toml_files.parse(dated) == {"on": date(2026, 12, 6)}
    assert not startup_cache.save()  # nothing new to keep
    assert toml_files.parse(dated) == {"on": date(2026, 12, 6)}


def test_bad_toml_is_refused_with_or_without_the_cache(tmp_path: Path) -> None:
    for installed in (False, True):
        if installed:
            startup_cache.install(tmp_path)
        with pytest.raises(ValueError):
            toml_files.parse(b"[unclosed\n")
        with pytest.raises(ValueError):
            toml_files.parse(b"\xff\xfe = 1")


def test_the_shipped_rules_and_catalogue_read_the_same_from_the_cache(tmp_path: Path) -> None:
    from credithealth.domain import messages
    from credithealth.domain.rules import load_rules
    from credithealth.paths import resource

    plain_rules = load_rules()
    plain_catalogue = messages.load_catalog()
    startup_cache.install(tmp_path)
    load_rules(), messages.load_catalog()
    startup_cache.save()
    startup_cache.uninstall()
    startup_cache.install(tmp_path)
    assert len(startup_cache._tables) == 1 + len(list(resource("messages").glob("*.toml")))
    assert load_rules() == plain_rules
    assert messages.load_catalog() == plain_catalogue


INSTALL_PROBE = r"""
import dataclasses, json, sys
import credithealth.cli  # what a command has imported before main() installs the cache
from credithealth import startup_cache

made = []
process = dataclasses._process_class

def watched(cls, *args, **kwargs):
    made.append([cls.__qualname__, dataclasses._create_fn is startup_cache._create_fn])
    return process(cls, *args, **kwargs)

dataclasses._process_class = watched
startup_cache.install()
print(json.dumps(made))
"""


def test_every_class_install_itself_imports_is_made_through_the_cache(tmp_path: Path) -> None:
    """install() imports the domain modules it fills (the calendar, the TOML files) only
    once the classes come from the cache: made before, their code would never be kept."""
    import json
    import os
    import subprocess

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", INSTALL_PROBE],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    made = json.loads(out)
    assert made, "install() made no class: the probe sees nothing"
    assert [name for name, cached in made if not cached] == []
