"""Goal tagging: SDGs and GCM objectives per paragraph, explicit references and a trained classifier."""
