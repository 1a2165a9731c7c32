"""Plain Python: records, rules, the five factors, the verdict, calendars. No Qt, no SQL."""
