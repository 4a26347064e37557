"""Domain layer: enums, frozen records, rules and errors. Standard library only."""
