"""``python -m arabic_release_nlp``: the same command line as ``arn``."""

from arabic_release_nlp.cli import main

if __name__ == "__main__":
    main()
