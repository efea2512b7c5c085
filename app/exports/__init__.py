"""Writing the week's schedule out: PDF, spreadsheet, CSV, calendar file and web page."""
