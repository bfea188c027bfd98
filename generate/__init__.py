"""Records → Word drafts filled from the templates in templates/."""
