"""The desktop app: Qt widgets and models over the store and the domain.

The UI never writes SQL and never scores: it calls ``store`` and ``domain``.
"""
