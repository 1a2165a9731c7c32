from __future__ import annotations

import re

from credithealth.domain.messages import LANGS, catalog

FIELD = re.compile(r"\{(\w+)(?:@\w+)?\}")


def test_report_and_chart_sentences_have_both_languages_and_the_same_fields() -> None:
    codes = [c for c in catalog() if c.startswith(("report.", "chart."))]
    assert len(codes) > 150
    for code in codes:
        entry = catalog()[code]
        assert set(entry) == set(LANGS), code
        assert entry["zh_CN"].strip() and entry["en"].strip(), code
        assert set(FIELD.findall(entry["en"])) == set(FIELD.findall(entry["zh_CN"])), code
