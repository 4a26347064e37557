"""Backups at the table level: a portable SQLite file written from either backend in one consistent snapshot,
checked against its manifest, and loaded into a new database whose schema comes from the migrations."""
