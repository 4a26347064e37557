"""Table models and proxies."""
