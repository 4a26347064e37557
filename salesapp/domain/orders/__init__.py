"""Orders in domain terms: the order form's lines and totals."""
