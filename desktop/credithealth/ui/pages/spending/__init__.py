"""The Spending page: the transactions table (its lazy model), the monthly chart, the
consumption factor panel, cash-out-like rows and the form for a transaction kept
by hand.
"""
