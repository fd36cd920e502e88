"""Black-box probes of issue 14: hostile files, kills, bad databases, two processes, privacy."""
