"""PDF → Document records: the page model, the classifier and the family parsers."""
