"""The Follow-up section: the desk of orders, contact-back requests and payment notices, with reminders."""
