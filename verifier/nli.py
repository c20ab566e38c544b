"""Optional NLI model: any sentence-transformers CrossEncoder with contradiction, entailment
and neutral labels. Loaded only when the user names one; never required, never downloaded
unless the user's own Hugging Face setup allows it."""

from __future__ import annotations

from .errors import UsageError

LABELS = ("contradiction", "entailment", "neutral")


class NLIModel:
    """Scores (passage, claim) pairs: a probability for each NLI label."""

    def __init__(self, name_or_path: str):
        try:
            from sentence_transformers import CrossEncoder
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            self.model = CrossEncoder(name_or_path, device="cpu")
        except (OSError, ValueError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise UsageError(f"cannot load NLI model {name_or_path!r}: {first}") from None
        names = {i: str(n).lower() for i, n in self.model.config.id2label.items()}
        self.columns = {}
        for label in LABELS:
            column = next((i for i, n in names.items() if n.startswith(label[:7])), None)
            if column is None:
                raise UsageError(
                    f"NLI model {name_or_path!r} has labels {sorted(names.values())}; "
                    f"expected {', '.join(LABELS)}"
                )
            self.columns[label] = column

    def scores(self, claim: str, passages: list[str]) -> list[dict[str, float]]:
        if not passages:
            return []
        probabilities = self.model.predict(
            [(p, claim) for p in passages], apply_softmax=True, show_progress_bar=False
        )
        return [
            {label: float(row[column]) for label, column in self.columns.items()}
            for row in probabilities
        ]
