"""Reading the State Council's holiday notice."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from credithealth.domain.holiday_notice import NoticeError, normalise, parse_notice
from credithealth.domain.messages import catalog

DATA = Path(__file__).parents[1] / "data" / "calendar"
NOTICE_2026 = (DATA / "holiday-notice-2026.txt").read_text(encoding="utf-8")

# A 2027 notice in the notice's format: a test text, the real one is not yet published.
NOTICE_2027 = (DATA / "holiday-notice-2027-test.txt").read_text(encoding="utf-8")


def test_the_2026_notice_gives_the_packages_official_2026_days() -> None:
    notice = parse_notice(NOTICE_2026)
    assert notice.year == 2026
    official = holidays.country_holidays("CN", years=[2026])
    first = date(2026, 1, 1)
    for i in range(365):
        d = first + timedelta(days=i)
        off = d in notice.days_off
        worked = d in notice.make_up_workdays
        expected_working = official.is_working_day(d)
        assert (worked or (d.weekday() < 5 and not off)) == expected_working, d
    assert notice.make_up_workdays == (
        date(2026, 1, 4),
        date(2026, 2, 14),
        date(2026, 2, 28),
        date(2026, 5, 9),
        date(2026, 9, 20),
        date(2026, 10, 10),
    )
    assert [item.festival for item in notice.items] == [
        "元旦",
        "春节",
        "清明节",
        "劳动节",
        "端午节",
        "中秋节",
        "国庆节",
    ]
    spring = notice.items[1]
    assert spring.days_off[0] == date(2026, 2, 15) and spring.days_off[-1] == date(2026, 2, 23)


def test_older_sentence_forms() -> None:
    # 2015's forms: 星期X, "放假，…补休", "放假，与周末连休", a make-up day before the year
    text = """国务院办公厅关于2015年部分节假日安排的通知
一、元旦：1月1日至3日放假调休，共3天。1月4日（星期日）上班。
二、春节：2月18日至24日放假调休，共7天。2月15日（星期日）、2月28日（星期六）上班。
三、清明节：4月5日放假，4月6日（星期一）补休。
四、劳动节：5月1日放假，与周末连休。
五、端午节：6月20日放假，6月22日（星期一）补休。
六、中秋节：9月27日放假。
七、国庆节：10月1日至7日放假调休，共7天。10月10日（星期六）上班。
"""
    notice = parse_notice(text)
    official = holidays.country_holidays("CN", years=[2015])
    for d in notice.days_off:
        assert not official.is_working_day(d), d
    for d in notice.make_up_workdays:
        assert official.is_working_day(d), d
    assert date(2015, 4, 6) in notice.days_off
    assert date(2015, 5, 1) in notice.days_off


def test_a_range_across_the_new_year_and_advice_that_is_not_a_day_off() -> None:
    text = """国务院办公厅关于2019年部分节假日安排的通知
一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。
二、春节：2月4日至10日放假调休，共7天。2月2日（星期六）、2月3日（星期日）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月4日）休息。
三、清明节：4月5日放假，与周末连休。
四、劳动节：5月1日放假。
五、端午节：6月7日放假，与周末连休。
六、中秋节：9月13日放假，与周末连休。
七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
"""
    notice = parse_notice(text)
    assert date(2018, 12, 30) in notice.days_off
    assert date(2018, 12, 29) in notice.make_up_workdays


def refusal(text: str) -> NoticeError:
    with pytest.raises(NoticeError) as caught:
        parse_notice(text)
    return caught.value


def test_a_notice_without_its_year_is_refused() -> None:
    text = NOTICE_2026.replace("关于2026年部分节假日", "关于部分节假日").replace(
        "现将2026年", "现将"
    )
    err = refusal(text)
    assert err.msg.code == "notice.no_year"
    assert "国务院办公厅关于YYYY年部分节假日安排的通知" in err.msg.render("zh_CN")


def test_a_date_that_does_not_exist_is_refused_naming_the_sentence() -> None:
    err = refusal(NOTICE_2026.replace("2月28日（周六）上班", "2月30日（周六）上班"))
    assert err.msg.code == "notice.bad_date"
    assert "2月14日(周六)、2月30日(周六)上班" in err.msg.render("en")
    assert "2026年2月30日不是有效日期" in err.msg.render("zh_CN")


def test_an_unreadable_sentence_is_refused_naming_it() -> None:
    err = refusal(NOTICE_2026.replace("5月9日（周六）上班。", "5月9日（周六）照常营业。"))
    assert err.msg.code == "notice.unreadable"
    assert err.msg.params["sentence"] == "5月9日(周六)照常营业"
    assert "5月9日(周六)照常营业" in err.msg.render("zh_CN")


def test_a_weekday_that_is_not_the_dates_is_refused() -> None:
    # a 2026 text under a 2027 title: every weekday in brackets is off by one
    err = refusal(
        NOTICE_2026.replace("关于2026年", "关于2027年").replace("现将2026年", "现将2027年")
    )
    assert err.msg.code == "notice.wrong_weekday"
    assert "2027-01-01" in err.msg.render("en")


def test_a_count_that_does_not_match_its_range_is_refused() -> None:
    err = refusal(NOTICE_2026.replace("共9天", "共8天"))
    assert err.msg.code == "notice.wrong_count"
    assert "共9天" in err.msg.render("zh_CN") and "8天" in err.msg.render("zh_CN")


def test_a_missing_festival_is_refused_as_part_of_the_text_missing() -> None:
    err = refusal(NOTICE_2026.replace("七、国庆节", "国庆节"))
    assert err.msg.code in ("notice.missing_statutory", "notice.unreadable")
    cut = "\n".join(line for line in NOTICE_2026.splitlines() if not line.startswith("七、"))
    err = refusal(cut)
    assert err.msg.code == "notice.missing_statutory"
    assert "国庆节" in err.msg.render("zh_CN")


def test_a_weekday_made_a_working_day_is_refused() -> None:
    err = refusal(NOTICE_2026.replace("5月9日（周六）上班", "5月8日（周五）上班"))
    assert err.msg.code == "notice.weekday_workday"


def test_empty_and_itemless_texts_are_refused() -> None:
    assert refusal("  \n").msg.code == "notice.empty"
    assert refusal("国务院办公厅关于2026年部分节假日安排的通知\n").msg.code == "notice.no_items"


def test_notice_messages_have_both_languages() -> None:
    for code, entry in catalog().items():
        if code.startswith(("notice.", "festival.", "weekday.")):
            assert entry["en"] and entry["zh_CN"], code


# --- the same notice, written every way it is met ------------------------------------------

_FULL_TO_HALF = {"（": "(", "）": ")", "，": ",", "：": ":", "。": "."}
_TRADITIONAL = {
    "国务院办公厅关于": "國務院辦公廳關於",
    "节": "節",
    "调休": "調休",
    "劳动": "勞動",
    "国庆": "國慶",
    "农历": "農曆",
    "腊月": "臘月",
    "周": "週",
}


@st.composite
def variants(draw: st.DrawFn) -> str:
    text = NOTICE_2026
    if draw(st.booleans()):
        text = text.replace("（周", "（星期")
    if draw(st.booleans()):
        for a, b in _TRADITIONAL.items():
            text = text.replace(a, b)
    # full- or half-width, each mark on its own
    for full, half in _FULL_TO_HALF.items():
        if draw(st.booleans()):
            text = text.replace(full, half)
    if draw(st.booleans()):
        text = text.translate({ord(str(i)): chr(0xFF10 + i) for i in range(10)})
    if draw(st.booleans()):
        text = text.replace("\n\n", "\n")
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    spaces = draw(st.sampled_from(["", " ", "\u3000"]))
    if spaces:
        text = text.replace("至", f"{spaces}至{spaces}").replace("上班", f"{spaces}上班")
    return text


@given(variants())
def test_every_way_of_writing_the_2026_notice_reads_the_same(text: str) -> None:
    assert parse_notice(text) == parse_notice(NOTICE_2026)


@given(st.sampled_from(["。", "，", "、", "（", "）", "日", "月", "至"]), st.integers(0, 400))
def test_a_damaged_notice_is_refused_or_reads_the_same(mark: str, where: int) -> None:
    # cutting a mark out of an item either breaks a sentence (refused) or leaves it meaning the same
    items = [
        i for i, ch in enumerate(NOTICE_2026) if ch == mark and NOTICE_2026.rfind("、", 0, i) > 0
    ]
    i = items[where % len(items)]
    damaged = NOTICE_2026[:i] + NOTICE_2026[i + 1 :]
    try:
        notice = parse_notice(damaged)
    except NoticeError as err:
        assert err.msg.render("en") and err.msg.render("zh_CN")
    else:
        assert notice == parse_notice(NOTICE_2026)


def test_normalise_reads_星期_and_traditional_forms() -> None:
    assert normalise("１月４日（星期日）上班。") == "1月4日(周日)上班。"
    assert normalise("國慶節：10月1日（週四）") == "国庆节:10月1日(周四)"


def test_the_2027_test_text_reads() -> None:
    notice = parse_notice(NOTICE_2027)
    assert notice.year == 2027
    assert date(2027, 2, 20) in notice.make_up_workdays
    assert date(2027, 6, 9) in notice.days_off
