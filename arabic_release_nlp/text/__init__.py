"""The Arabic text layer: decoding, normalisation, tokenisation and segmentation, all offset-preserving."""
