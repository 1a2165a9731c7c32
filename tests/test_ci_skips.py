"""The CI hook: with ``CI`` set a skip (in a test, a fixture, a marker or at collection)
fails the run; without it a skip is a skip; an xfail is never touched."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]
# the hook under test, loaded by name (the module is already imported by tests/conftest.py)
PLUGIN = ("-p", "tests.ci_skips", "-W", "ignore::pytest.PytestAssertRewriteWarning")

SKIPPING = """
import pytest

def test_skips_inside():
    pytest.skip("qpdf is not installed")

@pytest.mark.skipif(True, reason="needs Xvfb")
def test_marked():
    pass

@pytest.fixture
def tool():
    pytest.skip("no pdftotext")

def test_fixture_skips(tool):
    pass

@pytest.mark.xfail(reason="a known bug", strict=True)
def test_expected_failure():
    assert False

def test_runs():
    pass
"""
MODULE_SKIP = """
import pytest
pytest.skip("whole module: no display", allow_module_level=True)
"""


def test_under_ci_every_skip_fails_the_run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", "true")
    pytester.makepyfile(test_a=SKIPPING)
    result = pytester.runpytest(*PLUGIN)
    # a skip in the test fails it; one in set-up (a marker, a fixture) is an error there
    result.assert_outcomes(passed=1, failed=1, errors=2, xfailed=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*skipped under CI (*qpdf is not installed*"])


def test_under_ci_a_module_skipped_at_collection_stops_the_run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", "1")
    pytester.makepyfile(test_b=MODULE_SKIP)
    result = pytester.runpytest(*PLUGIN)
    result.assert_outcomes(errors=1)
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["*skipped under CI (*whole module: no display*"])


def test_without_ci_a_skip_is_a_skip(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CI", raising=False)
    pytester.makepyfile(test_a=SKIPPING, test_b=MODULE_SKIP)
    result = pytester.runpytest(*PLUGIN)
    result.assert_outcomes(passed=1, skipped=4, xfailed=1)
    assert result.ret == pytest.ExitCode.OK
