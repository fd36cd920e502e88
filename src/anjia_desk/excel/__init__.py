"""Excel and CSV files in and out: plain rows, no database (DESIGN.md, EXCEL_FORMAT.md)."""
