"""The structure of a press release: headline, dateline, paragraphs and their kinds, and the ``Release``."""
