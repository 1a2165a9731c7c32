"""The report's words in English and Chinese: ``Msg`` codes, all under ``report.``,
in ``resources/messages/report.toml``.

The report renders in the language asked for, whatever language the window is in,
so it cannot use Qt's translator.
"""

from __future__ import annotations

from credithealth.domain.messages import Msg


def t(code: str, lang: str, **params: object) -> str:
    return Msg(code, params).render(lang)
