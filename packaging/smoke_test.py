#!/usr/bin/env python3
"""Run the built application the way a user would, offscreen, against a fresh database.

    python packaging/smoke_test.py [dist/credit-health]

Each step prints PASS, SKIP (with the reason) or FAIL; the exit status is 1 when one
failed. ``import`` and ``report`` run when ``credit-health --help`` lists them and are
reported as not yet available otherwise. The window runs on a real X server (Xvfb)
through the bundle's whole start-up: the check-up wizard on an empty database, the
digest of reminders on the demo one, the day's backup in the background; the app's log
says each step happened. ``CREDIT_HEALTH_EXIT_AFTER_SHOWN`` only makes it print the
start-up time and quit once that is done. The pytest test tests/packaging/test_bundle.py
runs the same steps on a bundle it builds.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(HERE) not in sys.path:  # loaded by the tests
    sys.path.append(str(HERE))
import bundle_info  # noqa: E402

TODAY = "2026-11-26"
BILL = HERE / "testdata" / "alipay-2026-11.csv"
MAX_UNPACKED_MB = 250
DESKTOP_FILE = HERE / "linux" / "credit-health.desktop"
METAINFO = HERE / "linux" / f"{bundle_info.APP_ID}.metainfo.xml"


class Skip(Exception):
    """The step cannot run yet; the message says why."""


def executable(bundle: Path) -> Path:
    """The program inside a bundle folder (the console one on Windows)."""
    for name in ("credit-health-cli.exe", "credit-health.exe", "credit-health"):
        for folder in (bundle, bundle / "Contents" / "MacOS"):
            if (folder / name).is_file():
                return folder / name
    raise FileNotFoundError(f"no credit-health executable in {bundle}")


def internal(bundle: Path) -> Path:
    """Where PyInstaller put the libraries and data (sys._MEIPASS)."""
    for folder in (bundle / "_internal", bundle / "Contents" / "Resources"):
        if folder.is_dir():
            return folder
    raise FileNotFoundError(f"no _internal folder in {bundle}")


def help_commands(help_text: str) -> set[str]:
    """The subcommands argparse lists in {a,b,c} or as indented 'name  help' lines."""
    found: set[str] = set()
    for group in re.findall(r"\{([a-z,-]+)\}", help_text):
        found.update(group.split(","))
    found.update(re.findall(r"^ {4}([a-z][a-z-]+) {2,}", help_text, re.MULTILINE))
    return found


def usage_positionals(help_text: str) -> list[str]:
    """The names argparse lists under 'positional arguments:' in a command's --help."""
    section = help_text.split("positional arguments:\n", 1)
    if len(section) < 2:
        return []
    names = []
    for line in section[1].splitlines():
        if not line.strip():
            break
        if m := re.match(r"^ {2}([^\s-]\S*)", line):
            names.append(m.group(1))
    return names


class Smoke:
    """The steps, in order; each raises AssertionError (FAIL) or Skip, or returns a note."""

    def __init__(self, bundle: Path, work: Path) -> None:
        self.bundle = bundle
        self.exe = executable(bundle)
        self.work = work
        self.db = work / "data" / "smoke.sqlite3"
        self.version = bundle_info.version()
        self._help: str | None = None

    def env(self, **extra: str) -> dict[str, str]:
        home = self.work / "home"
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("PYTHON", "QT_", "CREDIT_HEALTH_", "XDG_"))
        }
        env |= {
            "CREDIT_HEALTH_DB": str(self.db),
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_RUNTIME_DIR": str(self.work / "runtime"),
            "LANG": "en_US.UTF-8",
            **extra,
        }
        return env

    def run(self, *args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
        (self.work / "runtime").mkdir(mode=0o700, exist_ok=True)
        return subprocess.run(
            [str(self.exe), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            env=self.env(**env),
            cwd=self.work,
            check=False,
        )

    def ok(self, *args: str, **env: str) -> str:
        p = self.run(*args, **env)
        assert p.returncode == 0, (
            f"credit-health {' '.join(args)} exited {p.returncode}:\n{p.stderr[-3000:]}"
        )
        assert "Traceback" not in p.stderr, p.stderr[-3000:]
        return p.stdout

    def help(self) -> str:
        if self._help is None:
            self._help = self.ok("--help")
        return self._help

    def command(self, name: str) -> str:
        """The command's --help, or Skip when the bundle does not have it yet."""
        if name not in help_commands(self.help()):
            raise Skip(f"`credit-health {name}` is not available yet (`--help` does not list it)")
        return self.ok(name, "--help")

    def count(self, table: str) -> int:
        out = self.work / f"backup-{table}.json"
        self.ok("backup", str(out))
        return len(json.loads(out.read_text(encoding="utf-8"))["tables"].get(table, []))

    # -- the steps ---------------------------------------------------------------------

    def step_version(self) -> str:
        out = self.ok("--version").strip()
        assert out == f"credit-health {self.version}", out
        return out

    def step_demo(self) -> str:
        self.db.parent.mkdir(parents=True, exist_ok=True)
        assert not self.db.exists(), f"{self.db} is not fresh"
        self.ok("demo", "--today", TODAY)
        assert self.db.is_file()
        return f"{self.count('transactions')} transactions"

    def step_assess(self) -> str:
        result = json.loads(self.ok("assess", "--json", "--on", TODAY))
        assert result["verdict"] in {"likely", "not_yet", "blocked"}, result["verdict"]
        assert len(result["factors"]) == 5, list(result["factors"])
        zh = self.ok("assess", "--on", TODAY, "--lang", "zh_CN")
        assert "结论" in zh, zh[:500]
        return f"{result['verdict']}, {result['overall']}/100"

    def step_import(self) -> str:
        usage = self.command("import")
        if not usage_positionals(usage):
            raise AssertionError(f"cannot tell how to pass the bill file:\n{usage}")
        before = self.count("transactions")
        self.ok("import", str(BILL))
        after = self.count("transactions")
        assert after > before, f"import added no transactions ({before} -> {after})"
        return f"{after - before} transactions from {BILL.name}"

    def step_report(self) -> str:
        usage = self.command("report")
        pdf = self.work / "readiness.pdf"
        if usage_positionals(usage):
            args = ["report", str(pdf)]
        elif option := next((o for o in ("--out", "--output", "-o") if o in usage), None):
            args = ["report", option, str(pdf)]
        else:
            raise AssertionError(f"cannot tell how to name the PDF:\n{usage}")
        if "--on" in usage:
            args += ["--on", TODAY]
        self.ok(*args)
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF-"), data[:20]
        pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))  # uncompressed objects only
        try:
            from pypdf import PdfReader

            pages = len(PdfReader(pdf).pages)
        except ImportError:
            pass
        assert pages >= 1, "the PDF has no page"
        return f"{pdf.name}: {len(data):,} bytes, {pages} page(s)"

    def log_file(self) -> Path:
        return (
            self.work / "home" / ".local" / "state" / "CreditHealth" / "log" / "credit-health.log"
        )

    def start_gui(self, display: str, db: Path, lang: str) -> tuple[str, list[str], str]:
        """Start the window as a user would, on ``display``; (the time, the log's new lines,
        its stderr)."""
        log = self.log_file()
        before = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        p = self.run(
            "gui",
            timeout=90,
            CREDIT_HEALTH_EXIT_AFTER_SHOWN="1",
            CREDIT_HEALTH_DB=str(db),
            LANG=lang,
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
        )
        assert p.returncode == 0, f"gui exited {p.returncode}:\n{p.stderr[-3000:]}"
        assert "Traceback" not in p.stderr, p.stderr[-3000:]
        m = re.search(r"window shown after ([\d.]+) s", p.stdout)
        assert m, f"no startup line in the output:\n{p.stdout}\n{p.stderr}"
        assert log.exists(), f"no log at {log}"
        lines = log.read_text(encoding="utf-8").splitlines()[len(before) :]
        return m.group(1), lines, p.stderr

    def step_gui(self) -> str:
        """The first run on an empty database, then the demo database in both languages."""
        notes = []
        with xvfb() as display:
            first = self.work / "data" / "first-run.sqlite3"
            seconds, lines, _err = self.start_gui(display, first, "en_US.UTF-8")
            expect_in_log(
                lines,
                ["start: credit-health", "window shown", "check-up wizard shown", "daily backup"],
            )
            assert not any("reminders started" in line for line in lines), lines
            notes.append(f"first run {seconds} s")
            for lang in ("en_US.UTF-8", "zh_CN.UTF-8"):
                seconds, lines, err = self.start_gui(display, self.db, lang)
                # the demo's due reminders make one digest, at the first start only
                digest = ["digest shown"] if lang.startswith("en") else []
                expect_in_log(lines, ["window shown", *digest, "reminders started", "daily backup"])
                notes.append(f"{lang.split('.')[0]} {seconds} s")
                if lang.startswith("zh"):  # the file dialog's "Look in:" comes from qtbase_zh_CN
                    qt = re.search(r"Qt's own translations: (.*)", err)
                    assert qt and qt.group(1).endswith("qtbase_zh_CN.qm"), err
        return "on Xvfb, the whole start-up: " + ", ".join(notes)

    def step_contents(self) -> str:
        inside = internal(self.bundle)
        res = inside / "resources"
        guide = ("guide/en.html", "guide/zh_CN.html")  # Help → User guide (F1)
        for rel in ("rules.toml", "fonts/OFL.txt", "icons/credit-health.svg", *guide):
            assert (res / rel).is_file(), f"missing resources/{rel}"
        sources = sorted(p.stem for p in (ROOT / "resources" / "i18n").glob("*.ts"))
        compiled = sorted(p.stem for p in (res / "i18n").glob("*.qm"))
        assert compiled == sources, f"translations: {compiled} != {sources}"
        qtbase = list(inside.rglob("translations/qtbase_zh_CN.qm"))
        assert qtbase, "Qt's own Chinese catalogue (qtbase_zh_CN.qm) is not bundled"
        for rel in ("LICENSE", "THIRD-PARTY-NOTICES.txt", "resources/licenses/LGPL-3.0.txt"):
            assert (inside / rel).is_file(), f"missing {rel}"
        network = [str(p.relative_to(self.bundle)) for p in self.bundle.rglob("*QtNetwork*")]
        network += [str(p.relative_to(self.bundle)) for p in self.bundle.rglob("*Qt6Network*")]
        assert not network, f"QtNetwork is bundled: {network}"
        size = sum(
            f.stat().st_size for f in self.bundle.rglob("*") if f.is_file() and not f.is_symlink()
        )
        assert size < MAX_UNPACKED_MB * 1024 * 1024, f"{size / 2**20:.0f} MB unpacked"
        return f"{size / 2**20:.1f} MB unpacked, {len(compiled)} translations"

    def step_desktop_files(self) -> str:
        return validate_desktop_files()

    STEPS: tuple[tuple[str, str], ...] = (
        ("--version", "step_version"),
        ("demo", "step_demo"),
        ("assess --json", "step_assess"),
        ("import", "step_import"),
        ("report", "step_report"),
        ("gui (Xvfb, real start-up)", "step_gui"),
        ("bundle contents", "step_contents"),
        ("desktop entry and metainfo", "step_desktop_files"),
    )


def expect_in_log(lines: list[str], steps: list[str]) -> None:
    """Each step appears in the log, in this order; no error was logged."""
    at = 0
    for step in steps:
        found = next((i for i in range(at, len(lines)) if step in lines[i]), None)
        assert found is not None, f"{step!r} is not in the log after line {at}:\n" + "\n".join(
            lines
        )
        at = found + 1
    errors = [line for line in lines if " ERROR " in line]
    assert not errors, "\n".join(errors)


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A private X server (Debian: xvfb); its display, e.g. ":5"."""
    if not shutil.which("Xvfb"):
        raise Skip("Xvfb is not installed (Debian package xvfb; make test installs it)")
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert server.stdout is not None
    try:
        ready, _, _ = select.select([server.stdout], [], [], 15)
        number = server.stdout.readline().decode().strip() if ready else ""
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)
        server.stdout.close()


def validate_desktop_files() -> str:
    """desktop-file-validate and appstreamcli (Debian: desktop-file-utils, appstream)."""
    checks = [
        ("desktop-file-validate", [str(DESKTOP_FILE)]),
        ("appstreamcli", ["validate", "--no-net", str(METAINFO)]),
    ]
    missing = [tool for tool, _args in checks if not shutil.which(tool)]
    for tool, args in checks:
        if tool in missing:
            continue
        p = subprocess.run([tool, *args], capture_output=True, text=True, check=False)
        assert p.returncode == 0, f"{tool} {' '.join(args)}:\n{p.stdout}{p.stderr}"
    if len(missing) == len(checks):
        raise Skip("desktop-file-validate and appstreamcli are not installed")
    return "valid" + (f" ({', '.join(missing)} not installed)" if missing else "")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    bundle = Path(args[0] if args else ROOT / "dist" / bundle_info.NAME).resolve()
    if sys.platform == "darwin" and not args:
        bundle = ROOT / "dist" / "Credit Health.app"
    failed = 0
    with tempfile.TemporaryDirectory(prefix="credit-health-smoke-") as tmp:
        smoke = Smoke(bundle, Path(tmp))
        print(f"smoke test of {smoke.exe}")
        for label, method in Smoke.STEPS:
            try:
                note = getattr(smoke, method)()
                print(f"PASS  {label}: {note}")
            except Skip as why:
                print(f"SKIP  {label}: {why}")
            except (AssertionError, OSError, subprocess.TimeoutExpired) as exc:
                failed += 1
                print(f"FAIL  {label}: {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
