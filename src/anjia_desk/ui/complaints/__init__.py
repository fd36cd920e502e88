"""The 投诉 section: the complaints list, a complaint's window and its parts (issue 18)."""
