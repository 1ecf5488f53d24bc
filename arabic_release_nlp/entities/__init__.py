"""Named entities (PER, ORG, LOC, MISC): training data, the statistical recogniser, its evaluation."""
