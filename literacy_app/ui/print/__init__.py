"""Printing: lessons as worksheets and handouts in a PDF (File > Print / Save as PDF…, `literacy-app print`)."""
