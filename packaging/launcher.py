"""Entry point of the frozen build: the same as `python -m literacy_app`."""

import sys

from literacy_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
