"""The rules of the sales office as pure Python: no Qt, no database session, no file I/O."""
