"""The Applications page: every attempt to get the credit line back and its result."""
