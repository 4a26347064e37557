"""Use cases: validate, write in one transaction with activity rows, return ChangeSets."""
