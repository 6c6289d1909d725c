"""The app's services: the only door from the UI and the commands into the core (plain Python, no Qt)."""
