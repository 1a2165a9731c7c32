"""The 'likely' notice: once per turn into likely, remembered per database."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QWidget

from credithealth.ui.pages.overview.notice import LikelyNotifier, NoticeBar, tray_message

VERDICTS = st.sampled_from(["likely", "not_yet", "blocked"])


@settings(max_examples=80, deadline=None)
@given(seq=st.lists(VERDICTS, max_size=12), name=st.integers(0, 10**9))
def test_fires_exactly_on_each_turn_into_likely(qapp, seq: list[str], name: int) -> None:  # type: ignore[no-untyped-def]
    n = LikelyNotifier(Path(f"/nonexistent/{name}-{len(seq)}.sqlite3"))
    n.last = None
    fired = [n.observe(v) for v in seq]
    expected = [v == "likely" and i > 0 and seq[i - 1] != "likely" for i, v in enumerate(seq)]
    assert fired == expected


def test_the_last_verdict_is_kept_per_database(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert LikelyNotifier(a).observe("not_yet") is False
    # a restart: the turn that happened while closed is news; after it, nothing is
    assert LikelyNotifier(a).observe("likely") is True
    assert LikelyNotifier(a).observe("likely") is False
    # another database knows nothing of it: its first verdict says nothing
    assert LikelyNotifier(b).observe("likely") is False


def test_the_bar_shows_and_dismisses(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()  # a bar inside a page (shown on its own it would be a window)
    qtbot.addWidget(host)
    bar = NoticeBar(host)
    assert bar.isHidden()
    bar.show_message("Good news")
    assert not bar.isHidden() and bar.text.text() == "Good news"
    with qtbot.waitSignal(bar.dismissed):
        bar.close_button.click()
    assert bar.isHidden()


def test_no_tray_no_tray_message(qapp) -> None:  # type: ignore[no-untyped-def]
    # the offscreen platform has no system tray: the window's own notice is all there is
    assert tray_message("Credit Health", "Good news") is None
