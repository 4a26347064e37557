"""The product catalogue managers keep: products, their units and prices, the list with its search, import
and export."""
