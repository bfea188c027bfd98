"""`python -m saiken`: the same as the `saiken` command."""
import sys

from saiken.main import main

sys.exit(main())
