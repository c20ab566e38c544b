"""verifier: check claims against a local corpus of trusted documents, offline."""

from .errors import CorpusError, InputError, UsageError, VerifierError
from .verdict import Check, Label, Verdict
from .verifier import Verifier

__all__ = [
    "Check",
    "CorpusError",
    "InputError",
    "Label",
    "UsageError",
    "Verdict",
    "Verifier",
    "VerifierError",
]
__version__ = "0.1.0"
