"""Arabic press releases: structure, entities, officials, roles and SDG/GCM goals."""
