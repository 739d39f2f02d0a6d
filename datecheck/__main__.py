"""`python -m datecheck`: the command line, or one line saying what is missing when a source checkout
is run without its dependencies installed."""

import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while the command line is still loading
    print("datecheck: interrupted", file=sys.stderr)
    raise SystemExit(130) from None
except ModuleNotFoundError as error:  # e.g. run from a clone with a Python that has not installed it
    if error.name is None or error.name.split(".")[0] == "datecheck":
        raise
    print(
        f"datecheck: the package {error.name!r} it needs is not installed for {sys.executable}; "
        "install datecheck with: pip install .",
        file=sys.stderr,
    )
    raise SystemExit(2) from None

main(prog_name="datecheck")
