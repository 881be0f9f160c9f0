"""Printing the week: the plan laid out in pages, drawn on a printer, a PDF or a preview."""
