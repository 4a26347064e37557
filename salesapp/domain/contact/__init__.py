"""Reading a customer's phones and postal address out of one pasted chat message (Thai and Vietnamese)."""
