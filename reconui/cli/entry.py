"""``main``: parse, set up logging, dispatch to the command, map Ctrl-C to 130."""

from __future__ import annotations

import contextlib
import logging
import sys

from reconui.cli.exit_codes import EXIT_INTERRUPTED, EXIT_USAGE
from reconui.cli.parser import build_parser
from reconui.cli.terminal import Terminal
from reconui.core import paths
from reconui.core.logging_setup import setup_logging


def main(argv: list[str] | None = None, *, term: Terminal | None = None) -> int:
    """Entry point of ``reconui-cli``; returns the exit code (the console script exits with it)."""
    parser = build_parser()
    term = term or Terminal(out=sys.stdout, err=sys.stderr, stdin=sys.stdin)
    try:
        # argparse writes --help, --version and usage errors to sys.stdout/sys.stderr: send them
        # through the terminal's safe streams like everything else the command prints.
        with contextlib.redirect_stdout(term.out), contextlib.redirect_stderr(term.err):
            args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        setup_logging(level=logging.DEBUG if args.verbose else logging.INFO, console=args.verbose, stream=term.err)
    except OSError as exc:
        term.fail(f"logging to {paths.log_dir()} is not possible: {exc.strerror or exc}")
    try:
        code: int = args.execute(args, term)
    except KeyboardInterrupt:
        term.err.write("\nInterrupted.\n")
        return EXIT_INTERRUPTED
    return code
