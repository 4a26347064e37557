"""`salesapp bench`: what a person waits for, measured on a real database beside naive baselines."""
