#!/usr/bin/env python3
"""Translations: one Qt Linguist source (.ts) per Python module that shows text.

  update   run pyside6-lupdate over every module under ui/ and report/ that calls tr()
           or translate(), writing resources/i18n/<module>.zh_CN.ts (existing
           translations are kept; obsolete ones dropped)
  release  compile every .ts into a .qm beside it (the app loads them all)
  check    exit 1 if a .ts is missing, stale, or has an unfinished translation, or if the
           sentence catalogue resources/messages/*.toml (the Msg codes of the domain, store,
           importers, charts, report and CLI) is malformed, lacks a language, differs in
           its {fields} between languages, leaves a plural to the reader ("(s)"), names a
           lookup vocabulary or a plural parameter it does not have, or lacks a code the
           source names literally (Msg("code"), t("code"), text("code"))
  fill F   set translations from a UTF-8 file of "source<TAB>translation" lines
           (\n in either column is a newline) in every .ts where the source appears
  todo     list the sources still untranslated, as "source<TAB>" lines to fill in

One file per module keeps parallel work on different pages from colliding.
English is the source language, so only Chinese needs a .ts catalogue; the
sentence catalogue holds both languages side by side.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "desktop" / "credithealth"
I18N = ROOT / "resources" / "i18n"
LANG = "zh_CN"
SCANNED = ("ui", "report")
USES_TR = re.compile(r"\b(?:tr|translate)\(")
MESSAGES = ROOT / "resources" / "messages"
MSG_LANGS = ("en", "zh_CN")
# a field is "{name}" or "{name@vocabulary}"; a plural is "{name|one|many}"
FIELD = re.compile(r"\{(\w+)(?:@(\w+))?\}")
PLURAL = re.compile(r"\{(\w+)\|[^{}|]*\|[^{}|]*\}")
# a code named literally in the source (an f-string prefix such as "report.col." is not)
CODE_USE = re.compile(r'''(?:\bMsg|\bt|\btext|\brender|\b_label)\(\s*"([a-z_]+\.[\w.]*\w)"''')


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def modules() -> dict[str, Path]:
    """Module name (ui.pages.repayments) -> source file, for modules with translatable text."""
    out = {}
    for top in SCANNED:
        for path in sorted((PKG / top).rglob("*.py")):
            if USES_TR.search(path.read_text(encoding="utf-8")):
                name = ".".join(path.relative_to(PKG).with_suffix("").parts)
                out[name] = path
    return out


def ts_path(module: str, folder: Path = I18N) -> Path:
    return folder / f"{module}.{LANG}.ts"


def lupdate(src: Path, ts: Path) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            # no source locations: line numbers would churn on every edit and collide in merges
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            LANG,
            str(src),
            "-ts",
            str(ts),
        ],
        check=True,
    )


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    mods = modules()
    for name, src in mods.items():
        lupdate(src, ts_path(name))
    for ts in I18N.glob(f"*.{LANG}.ts"):
        if ts.name.removesuffix(f".{LANG}.ts") not in mods:
            ts.unlink()
            print(f"removed {ts.name} (module gone or has no text)")


def release() -> None:
    for ts in sorted(I18N.glob(f"*.{LANG}.ts")):
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation text, translation type attribute)."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        cname = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            text = "".join(tr.itertext()) if tr is not None else ""
            out[(cname, msg.findtext("source") or "")] = (
                text,
                tr.get("type") if tr is not None else None,
            )
    return out


def check() -> list[str]:
    problems = []
    mods = modules()
    with tempfile.TemporaryDirectory() as tmp:
        for name, src in mods.items():
            ts = ts_path(name)
            if not ts.exists():
                problems.append(f"{ts.name}: missing (run make i18n-update)")
                continue
            fresh = ts_path(name, Path(tmp))
            lupdate(src, fresh)
            have, want = messages(ts), messages(fresh)
            for key in want.keys() - have.keys():
                problems.append(f"{ts.name}: not yet in the catalogue: {key[0]}: {key[1]!r}")
            for key, (text, kind) in have.items():
                if key not in want:
                    problems.append(f"{ts.name}: obsolete: {key[0]}: {key[1]!r}")
                elif not text.strip() or kind in ("unfinished", "vanished", "obsolete"):
                    problems.append(f"{ts.name}: untranslated: {key[0]}: {key[1]!r}")
    return problems


def check_messages(folder: Path = MESSAGES, source: Path = PKG) -> list[str]:
    """The sentence catalogue's problems, as lines (none when it is complete)."""
    sys.path.insert(0, str(ROOT / "desktop"))
    from credithealth.domain.messages import load_catalog

    try:
        cat = load_catalog(folder)
    except (ValueError, OSError) as exc:
        return [f"resources/messages: {exc}"]
    except Exception as exc:  # tomllib.TOMLDecodeError: name the file's error as it is
        return [f"resources/messages: not valid TOML: {exc}"]
    problems = []
    prefixes = {code.rsplit(".", 1)[0] for code in cat}
    for code, entry in cat.items():
        where = f"resources/messages [{code}]"
        if not all(entry[lang].strip() for lang in MSG_LANGS):
            problems.append(f"{where}: a language is empty")
            continue
        fields = {lang: set(FIELD.findall(entry[lang])) for lang in MSG_LANGS}
        if fields["en"] != fields["zh_CN"]:
            problems.append(f"{where}: en and zh_CN differ in their fields")
        for lang in MSG_LANGS:
            names = {name for name, _ in fields[lang]}
            for vocabulary in {v for _, v in fields[lang] if v}:
                if vocabulary not in prefixes:
                    problems.append(f"{where}: {lang} looks up an unknown vocabulary {vocabulary}")
            for name in PLURAL.findall(entry[lang]):
                if name not in names:
                    problems.append(f"{where}: {lang} plural of {name}, not a field of it")
        if "(s)" in entry["en"]:
            problems.append(f"{where}: en leaves the plural to the reader: (s)")
    for path in sorted(source.rglob("*.py")):
        for code in CODE_USE.findall(path.read_text(encoding="utf-8")):
            if code not in cat:
                rel = path.relative_to(source.parent.parent) if source == PKG else path
                problems.append(f"{rel}: names {code}, not in resources/messages")
    return problems


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n")


def fill(tsv: Path) -> int:
    pairs = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            src, dst = line.split("\t", 1)
            if dst.strip():
                pairs[_unescape(src)] = _unescape(dst)
    changed = 0
    for ts in sorted(I18N.glob(f"*.{LANG}.ts")):
        tree = ET.parse(ts)
        dirty = False
        for msg in tree.getroot().iter("message"):
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            if (
                src in pairs
                and tr is not None
                and msg.find("numerusform") is None
                and (tr.text != pairs[src] or tr.get("type"))
            ):
                tr.text = pairs[src]
                tr.attrib.pop("type", None)
                dirty = True
                changed += 1
        if dirty:
            tree.write(ts, encoding="utf-8", xml_declaration=True)
            # let lupdate write the file back in its own layout, so diffs stay small
            src = modules().get(ts.name.removesuffix(f".{LANG}.ts"))
            if src is not None:
                lupdate(src, ts)
    return changed


def todo() -> list[str]:
    out = []
    for ts in sorted(I18N.glob(f"*.{LANG}.ts")):
        for (_ctx, src), (text, kind) in messages(ts).items():
            if not text.strip() or kind in ("unfinished",):
                out.append(src.replace("\n", "\\n") + "\t")
    return sorted(set(out))


def main() -> int:
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "update":
        update()
    elif cmd == "release":
        release()
    elif cmd == "fill" and len(sys.argv) > 2:
        print(f"{fill(Path(sys.argv[2]))} translations set")
    elif cmd == "todo":
        print("\n".join(todo()))
    elif cmd == "check":
        problems = check() + check_messages()
        print("\n".join(problems) or "translations complete")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
