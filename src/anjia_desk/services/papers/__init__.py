"""Papers from the database: one module per paper assembles its values from the models (the
frozen data classes of `anjia_desk.pdf`), checks who may print it, writes it through the one
`pdf.document.build`, and records the print in the audit log.

`common` holds what every paper takes from the office (letterhead, office-local time); the
command line and the window call `services.printing`, which re-exports the print functions.
"""
