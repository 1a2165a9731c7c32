"""The report's sections, one module each, in the order the report prints them.

``cover`` (the verdict, key facts, the five scores); ``factors`` (each factor's score line,
signals and actions) with each factor's evidence in the module named for it
(``credit_status``, ``account_security``, ``personal_info``, ``consumption`` with
``cashouts``, ``external_credit``); ``charts`` (the series, the readiness history from the
store's series); ``plan``; ``journey`` (the five steps); ``applications``; ``appendix``.
Each takes a ``context.Context`` and returns plain data (``report.model``), no Qt.
"""
