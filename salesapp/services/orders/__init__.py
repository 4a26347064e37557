"""Order use cases: new orders from the order form, and the orders list."""
