"""The learner's own room: My progress, the review of mistakes, and certificates of completion."""
