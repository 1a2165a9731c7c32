"""The Repayments page: accounts, bills and repayments, their table models and forms."""
