"""Evaluation of the pipeline's goals and entities against gold annotations."""
