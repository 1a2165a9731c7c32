"""Plain Python: records, rules, the five factors, the verdict, calendars. No Qt, no SQL."""

# the domain's sentences are registered when the domain is first imported
from credithealth.domain import texts as _texts  # noqa: F401
