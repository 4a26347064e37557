"""Data layer: peewee models, connection, migrations and row-to-record mapping."""
