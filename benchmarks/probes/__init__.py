"""Probes of issue 14: scripts that attack the app as a bad day would and print what held."""
