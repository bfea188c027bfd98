"""`python -m saiken_cli`: the same as the `saiken` command."""
import sys

from saiken_cli.main import main

sys.exit(main())
