"""Entry point for `python -m app`: the same program as the `quadrant` command."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
