"""Paper: A4 PDF documents (a Chinese font, the letterhead page, the forms). No database here."""
