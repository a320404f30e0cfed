"""Freeze the dialogue intents' example utterances the multi-task stage trains on.

finetune.py groups each intent's examples into paraphrase groups. It reads them from
data/training/intent_examples.json, not from data/dialogue/intents/, so that the chat corpus can
grow (new intents, more examples, rewritten replies) without changing what `npm run
train:models` trains on: a rerun then still reproduces the shipped model. Run this script
deliberately, right before a retrain that should learn the current corpus, and commit its output
with the retrained model.

    python3 scripts/train/snapshot_intents.py [--from-git REV]

--from-git reads the intent files as they were at a commit (the snapshot of session 12's model
was taken from dfcc054, the corpus its multi-task stage read, less the three examples replaced
afterwards; see models/MODEL_CARD.md).
"""
from __future__ import annotations

import argparse
import json
import subprocess

from common import DATA, ROOT

OUT = DATA / "training" / "intent_examples.json"


def intent_files(rev: str | None) -> list[tuple[str, str]]:
    if rev is None:
        return [(p.name, p.read_text(encoding="utf-8")) for p in sorted((DATA / "dialogue" / "intents").glob("*.json"))]
    names = subprocess.run(["git", "ls-tree", "--name-only", rev, "data/dialogue/intents/"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split()
    return [(n.rsplit("/", 1)[-1], subprocess.run(["git", "show", f"{rev}:{n}"], cwd=ROOT, capture_output=True,
                                                  text=True, check=True).stdout)
            for n in sorted(names) if n.endswith(".json")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--from-git", default=None, help="read the intents at this commit instead of the working tree")
    args = ap.parse_args()
    snapshot = []
    for _, text in intent_files(args.from_git):
        for it in json.loads(text):
            # Examples only: held-out lines stay evaluation data, replies are not training text.
            snapshot.append({"id": it["id"], "examples": list(it.get("examples", []))})
    OUT.write_text("[\n" + ",\n".join(json.dumps(s, ensure_ascii=False) for s in snapshot) + "\n]\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(snapshot)} intents, {sum(len(s['examples']) for s in snapshot)} examples")


if __name__ == "__main__":
    main()
