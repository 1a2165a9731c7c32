"""Masking what identifies a person in any free text that goes into the report.

A report gets printed, shared and shown at a counter, so phone numbers, card and
account numbers, ID numbers and e-mail-like account ids never appear whole:

* an 11-digit mainland mobile number keeps its first 3 and last 4 digits: 138****0000;
* a Chinese ID number (17 digits and a check digit) and any run of 11 or more digits
  (a card, an account or an order number), also written in groups of four, keep their
  last 4: ****4321. Short references ("尾号 4321") are already safe and stay;
* an e-mail-like id keeps up to 3 characters of its local part: abc***@example.com;
* the user's name, when one is known and the report must not show it, keeps its first
  character: 张**.

The guarantee the tests hold it to: the output has no run of 11 or more digits.
"""

from __future__ import annotations

import re

STARS = "****"

# digits (\d also matches full-width digits) not glued to other digits
_ID_CARD = re.compile(r"(?<!\d)\d{17}[\dXx](?![\dA-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?!\d)")
_GROUPED = re.compile(r"(?<!\d)\d{4}(?:[ -]\d{4}){2,}(?:[ -]\d{1,4})?(?!\d)")
_LONG = re.compile(r"\d{11,}")
# the local part starts where a run of its characters starts: without the look-behind
# every position of a long run would be tried again, each scanning to the run's end
# (100 KB of letters in a note took minutes)
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


def _last4(match: re.Match[str]) -> str:
    digits = [c for c in match.group(0) if c.isdigit() or c in "Xx"]
    return STARS + "".join(digits[-4:])


def _mobile(match: re.Match[str]) -> str:
    return f"{match.group(1)}{STARS}{match.group(3)}"


def _email(match: re.Match[str]) -> str:
    local, domain = match.group(1), match.group(2)
    keep = local[:3] if len(local) > 3 else local[:1]
    return f"{keep}***@{domain}"


def mask_numbers(text: str) -> str:
    """Mask ID, mobile, card and account numbers (see the module doc)."""
    text = _ID_CARD.sub(_last4, text)
    text = _MOBILE.sub(_mobile, text)
    text = _GROUPED.sub(_last4, text)
    return _LONG.sub(_last4, text)


def mask_emails(text: str) -> str:
    return _EMAIL.sub(_email, text)


def mask_name(text: str, name: str) -> str:
    """Replace each occurrence of ``name`` with its first character and stars."""
    name = name.strip()
    if not name:
        return text
    hidden = name[0] + "*" * max(1, len(name) - 1)
    return text.replace(name, hidden)


def mask_text(text: str, *, name: str | None = None) -> str:
    """Everything above, in an order where no rule undoes another."""
    if name:
        text = mask_name(text, name)
    return mask_numbers(mask_emails(text))
