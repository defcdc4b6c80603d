"""The frozen program's entry point: the same `main` as the `wo-desktop` console script."""

import sys

from wo_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
