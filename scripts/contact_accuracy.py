"""Accuracy of the chat-message contact parser on the hand-made test set.

Prints precision and recall of the phone numbers, and the share of messages whose postcode, province,
district and subdistrict match the expected value (over the messages that state one), for
tests/unit/domain/contact_messages.json:

    python scripts/contact_accuracy.py [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from salesapp.domain.contact.contact_extract import extract_contact  # noqa: E402

MESSAGES = ROOT / "tests" / "unit" / "domain" / "contact_messages.json"
FIELDS = ("postcode", "province", "district", "subdistrict")


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f}%" if whole else "n/a (0 cases)"


def main(argv: list[str] | None = None) -> int:
    """Print the scores; with --show-misses also every message whose answer differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true", help="print every message with a wrong part")
    args = parser.parse_args(argv)
    messages = json.loads(MESSAGES.read_text(encoding="utf-8"))
    true_pos = false_pos = false_neg = 0
    right = dict.fromkeys(FIELDS, 0)
    asked = dict.fromkeys(FIELDS, 0)
    for message in messages:
        result = extract_contact(message["text"], message["country"])
        found = result.as_json()
        expect = message["expect"]
        got_phones, want_phones = set(result.phones), set(expect["phones"])
        true_pos += len(got_phones & want_phones)
        false_pos += len(got_phones - want_phones)
        false_neg += len(want_phones - got_phones)
        wrong = [] if got_phones == want_phones else ["phones"]
        for field in FIELDS:
            if field in expect:
                asked[field] += 1
                right[field] += found[field] == expect[field]
                wrong += [] if found[field] == expect[field] else [field]
        if args.show_misses and wrong:
            print(f"MISS {wrong}: {message['text']!r}\n  got  {found}\n  want {expect}")
    print(f"messages: {len(messages)} (TH {sum(m['country'] == 'TH' for m in messages)}, "
          f"VN {sum(m['country'] == 'VN' for m in messages)})")  # fmt: skip
    print(f"phones: {true_pos + false_neg} expected, {true_pos + false_pos} found, {true_pos} right")
    print(f"  precision {_ratio(true_pos, true_pos + false_pos)}")
    print(f"  recall    {_ratio(true_pos, true_pos + false_neg)}")
    for field in FIELDS:
        print(f"{field + ':':13} accuracy {_ratio(right[field], asked[field])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
