"""`python -m pack` runs the same command line as `teachpack`."""

from pack.cli import main

main()
