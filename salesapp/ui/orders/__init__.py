"""The Orders section and the order form ("Open bill")."""
