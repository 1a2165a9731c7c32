"""The Journey page: the five restore steps as a guided flow, its forms, its widgets,
and the check-up wizard (step 1).
"""
