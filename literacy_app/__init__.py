"""Media Literacy Lab: an offline desktop app that teaches media literacy."""

__version__ = "0.1.0"
