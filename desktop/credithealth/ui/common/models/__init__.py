"""Qt models: thin adapters that ask the store for rows and answer display roles."""
