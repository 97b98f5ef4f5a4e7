import sys

from newsledger.cli.main import main

sys.exit(main())
