"""`saiken serve`: a local web app where secretariat staff convert, review, correct, audit and export (issue 11)."""
