"""How the smoke test reads `credit-health --help` to find the commands it can run."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from credithealth.cli import build_parser
from tests.packaging.support import load

smoke = load("smoke_test")


def future_parser() -> argparse.ArgumentParser:
    """The CLI with an ``import`` command, whether or not it has landed yet."""
    p = build_parser()
    sub = next(a for a in p._actions if isinstance(a, argparse._SubParsersAction))
    if "import" not in sub.choices:
        i = sub.add_parser("import", help="read Alipay or WeChat Pay bill files")
        i.add_argument("--password")
        i.add_argument("files", nargs="+", metavar="FILE")
    return p


def old_parser() -> argparse.ArgumentParser:
    """A CLI from before ``import`` and ``report`` existed."""
    p = argparse.ArgumentParser(prog="credit-health")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name in ("gui", "demo", "assess", "backup", "restore"):
        sub.add_parser(name, help=f"the {name} command")
    return p


def test_commands_listed() -> None:
    found = smoke.help_commands(build_parser().format_help())
    assert {"gui", "demo", "assess", "backup", "restore", "report"} <= found
    assert "import" not in smoke.help_commands(old_parser().format_help())


def test_commands_listed_once_they_land() -> None:
    assert {"import", "report"} <= smoke.help_commands(future_parser().format_help())


def _usage(parser: argparse.ArgumentParser, command: str) -> str:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sub.choices[command].format_help()


def test_positionals_from_usage() -> None:
    p = future_parser()
    assert smoke.usage_positionals(_usage(p, "import"))[:1] == ["FILE"]
    assert smoke.usage_positionals(_usage(p, "report")) == []
    assert smoke.usage_positionals(_usage(p, "restore")) == ["file"]
    assert smoke.usage_positionals(_usage(p, "assess")) == []


def test_a_missing_command_is_a_skip_with_its_reason(tmp_path: Path) -> None:
    s = smoke.Smoke.__new__(smoke.Smoke)
    s._help = old_parser().format_help()
    with pytest.raises(smoke.Skip, match=r"`credit-health import` is not available yet"):
        s.command("import")


def test_bill_sample_is_an_alipay_export() -> None:
    text = smoke.BILL.read_bytes().decode("gb18030")
    assert "交易时间,交易分类,交易对方" in text
    assert text.count("交易成功") + text.count("还款成功") == 6
