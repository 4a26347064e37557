"""The Products section: the catalogue managers keep (products, units and prices), its import and export."""
