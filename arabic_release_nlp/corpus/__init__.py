"""Read and write arabic_release_nlp's annotated corpus."""
