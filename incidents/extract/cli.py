"""`python -m incidents extract`: registered on the incidents CLI (being built)."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("extract", help="extract incidents from news reports (being built)")
    parser.set_defaults(func=lambda args: parser.error("extraction is not built yet"))
