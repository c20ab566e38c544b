"""One error hierarchy. The CLI turns these into one-line messages and exit status 2."""


class VerifierError(Exception):
    """Base class for every error the verifier raises on purpose."""


class UsageError(VerifierError):
    """The caller asked for something that cannot be done (bad option, empty claim)."""


class InputError(VerifierError):
    """An input file (claims, draft) is missing or unreadable."""


class CorpusError(VerifierError):
    """The corpus path is missing, empty or holds no readable document."""


class CorpusWarning(UserWarning):
    """A corpus file was skipped or read with losses; indexing goes on."""
