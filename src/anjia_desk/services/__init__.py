"""Use cases: one function for one thing a user does. Each takes a Session and the acting user."""
