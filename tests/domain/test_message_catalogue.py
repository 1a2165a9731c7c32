"""The sentence catalogue is data (resources/messages/*.toml), read once: a sentence
exists without importing the module that says it, and a malformed file is refused."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from credithealth.domain.messages import LANGS, catalog, load_catalog

ROOT = Path(__file__).resolve().parents[2]


def _i18n_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_area_renders_without_importing_its_module() -> None:
    codes = [
        "report.title",
        "cli.error",
        "chart.no_data",
        "importers.file_empty",
        "store.missing",
        "journey.task.no_past_due",
        "reminder_kind.bill_due",
        "account_kind.loan",
    ]
    code = (
        "import sys; from credithealth.domain.messages import Msg;"
        f"print([Msg(c, {{'detail': 'x', 'name': 'f', 'path': 'p'}}).render('zh_CN') for c in {codes!r}]);"
        "print(sorted(m for m in sys.modules if m.startswith('credithealth.') and "
        "m.split('.')[1] in ('report', 'cli', 'charts', 'importers', 'store', 'ui')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(ROOT / "desktop")},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert "额度恢复准备报告" in out[0] and "贷款" in out[0]
    assert out[1] == "[]"


def test_the_catalogue_holds_every_area() -> None:
    areas = {code.split(".")[0] for code in catalog()}
    assert {"report", "cli", "chart", "importers", "store", "signal", "account_kind"} <= areas
    assert all(set(entry) == set(LANGS) for entry in catalog().values())


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_nested_and_flat_tables_name_the_same_codes(tmp_path: Path) -> None:
    _write(tmp_path, "a.toml", '[x.one]\nen = "One"\nzh_CN = "一"\n')
    _write(tmp_path, "b.toml", '[y]\ntwo = { en = "Two", zh_CN = "二" }\n')
    assert load_catalog(tmp_path) == {
        "x.one": {"en": "One", "zh_CN": "一"},
        "y.two": {"en": "Two", "zh_CN": "二"},
    }


@pytest.mark.parametrize(
    ("files", "problem"),
    [
        ({"a.toml": '[x.one]\nen = "One"\n'}, "needs exactly en and zh_CN"),
        ({"a.toml": '[x.one]\nen = "One"\nzh_CN = "一"\nfr = "Un"\n'}, "needs exactly"),
        ({"a.toml": "[x]\none = 1\n"}, "not a [code] table"),
        (
            {
                "a.toml": '[x.one]\nen = "One"\nzh_CN = "一"\n',
                "b.toml": '[x.one]\nen = "1"\nzh_CN = "1"\n',
            },
            "defined twice",
        ),
    ],
)
def test_a_malformed_catalogue_is_refused(
    tmp_path: Path, files: dict[str, str], problem: str
) -> None:
    for name, text in files.items():
        _write(tmp_path, name, text)
    with pytest.raises(ValueError, match=re.escape(problem)):
        load_catalog(tmp_path)


def test_the_checker_names_each_kind_of_problem(tmp_path: Path) -> None:
    cat, src = tmp_path / "messages", tmp_path / "src"
    cat.mkdir()
    src.mkdir()
    _write(
        cat,
        "a.toml",
        "\n".join(
            [
                '[ok.one]\nen = "{count} {count|bill|bills}"\nzh_CN = "{count}笔"',
                '[bad.fields]\nen = "{a} and {b}"\nzh_CN = "{a}"',
                '[bad.empty]\nen = "x"\nzh_CN = " "',
                '[bad.plural]\nen = "{n|bill|bills}"\nzh_CN = "账单"',
                '[bad.lookup]\nen = "{k@nowhere}"\nzh_CN = "{k@nowhere}"',
                '[bad.maybe]\nen = "bill(s)"\nzh_CN = "账单"',
            ]
        ),
    )
    (src / "m.py").write_text('Msg("ok.one")\nt("no.such", "en")\nMsg(f"ok.{x}")\n')
    problems = "\n".join(_i18n_tool().check_messages(cat, src))
    assert "[bad.fields]: en and zh_CN differ" in problems
    assert "[bad.empty]: a language is empty" in problems
    assert "[bad.plural]: en plural of n" in problems
    assert "[bad.lookup]: en looks up an unknown vocabulary nowhere" in problems
    assert "[bad.maybe]: en leaves the plural" in problems
    assert "names no.such, not in resources/messages" in problems
    assert "ok.one" not in problems


def test_the_shipped_catalogue_passes_the_checker() -> None:
    assert _i18n_tool().check_messages() == []


def files_read_after(step: str) -> str:
    """The catalogue files a fresh process has parsed after ``step`` (``m``: the module)."""
    code = (
        "from credithealth.domain import messages as m;"
        f"{step};"
        "print(sorted(p.name for p in m._files_read))"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(ROOT / "desktop")},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_a_sentence_reads_only_the_files_that_hold_its_area() -> None:
    """`assess` must stay quick: rendering a factor name parses labels.toml, not the
    report's or the CLI's sentences."""
    assert files_read_after("m.Msg('factor.credit_status').render('en')") == "['labels.toml']"


def test_preload_reads_the_named_files_and_only_those() -> None:
    read = files_read_after("m.preload('labels', 'domain')")
    assert read == "['domain.toml', 'labels.toml']"
