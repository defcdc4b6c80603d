import sys

from wo_desktop.cli import main

sys.exit(main())
