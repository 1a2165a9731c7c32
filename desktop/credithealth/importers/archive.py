"""The zip both apps deliver a bill in: WinZip AES, password sent in the app.

Python's ``zipfile`` cannot decrypt AES; ``pyzipper`` can. A damaged archive fails
in many library-specific ways (BadZipFile, zlib and struct errors, EOF, ...), so
every failure while reading one is reported as a damaged zip.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING

from credithealth.domain.messages import Msg
from credithealth.importers.errors import BillFileError

if TYPE_CHECKING:
    import pyzipper

# Far above any bill export (a year of daily spending is a few MB); stops zip bombs.
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = MAX_MEMBER_BYTES  # uncompressed, all the bill members of one zip together
_XLSX_MARKERS = ("[Content_Types].xml", "xl/workbook.xml")


def is_zip(data: bytes) -> bool:
    """A zip by its signature (an xlsx is one too)."""
    return data[:2] == b"PK"


def _error(code: str, name: str) -> BillFileError:
    return BillFileError(Msg(code, {"name": name}))


def _open(data: bytes, name: str) -> pyzipper.AESZipFile:
    import pyzipper  # only for zips and xlsx: a CSV import does without its start-up cost

    try:
        return pyzipper.AESZipFile(io.BytesIO(data))
    except Exception as e:  # any failure to read the directory means a damaged archive
        raise _error("importers.zip_unreadable", name) from e


def is_xlsx(data: bytes, name: str) -> bool:
    """An Excel workbook rather than an archive of bill files."""
    with _open(data, name) as zf:
        names = set(zf.namelist())
    return all(m in names for m in _XLSX_MARKERS)


def _is_bill_candidate(info: zipfile.ZipInfo) -> bool:
    base = info.filename.rsplit("/", 1)[-1]
    return (
        not info.is_dir()
        and not info.filename.startswith("__MACOSX/")
        and bool(base)
        and not base.startswith(".")
    )


def bill_members(data: bytes, name: str, password: str | None) -> Iterator[tuple[str, bytes]]:
    """(member name, bytes) of each file in the archive, decrypted, in archive order."""
    with _open(data, name) as zf:
        members = [info for info in zf.infolist() if _is_bill_candidate(info)]
        if not members:
            raise _error("importers.zip_empty", name)
        # every member is read in full: their sum is bounded, not each alone
        if sum(info.file_size for info in members) > MAX_TOTAL_BYTES:
            raise BillFileError(
                Msg("importers.file_too_large", {"name": name, "limit_mb": MAX_TOTAL_BYTES >> 20})
            )
        if password:
            zf.setpassword(password.encode("utf-8"))
        for info in members:
            if info.file_size > MAX_MEMBER_BYTES:
                raise BillFileError(
                    Msg(
                        "importers.file_too_large",
                        {"name": f"{name}/{info.filename}", "limit_mb": MAX_MEMBER_BYTES >> 20},
                    )
                )
            encrypted = bool(info.flag_bits & 0x1)
            if encrypted and not password:
                raise _error("importers.password_required", name)
            try:
                content = zf.read(info)
            except RuntimeError as e:
                # pyzipper: "Bad password for file …" (AES and ZipCrypto alike)
                if encrypted and "password" in str(e).lower():
                    raise _error("importers.wrong_password", name) from e
                raise _error("importers.zip_unreadable", name) from e
            except Exception as e:
                # ZipCrypto's one-byte check lets about 1 wrong password in 256 through;
                # it then fails as bad data, so an encrypted member means a wrong password.
                code = "importers.wrong_password" if encrypted else "importers.zip_unreadable"
                raise _error(code, name) from e
            yield info.filename, content
