import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { emojiMystery } from "./emoji_mystery.js";

/** RG's decode, as the hint in the question describes it. */
function decode(encoded: string): string {
  const bytes: number[] = [];
  for (const ch of [...encoded].slice(1)) {
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0xfe00 && cp <= 0xfe0f) bytes.push(cp - 0xfe00);
    else if (cp >= 0xe0100 && cp <= 0xe01ef) bytes.push(cp - 0xe0100 + 16);
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

describe("logic/emoji_mystery", () => {
  it("holds the task properties over 500 entries", async () => {
    const failures = await checkTaskProperties(emojiMystery, {
      perturb: (answer) => `x${answer.slice(1)}`,
    });
    expect(failures).toEqual([]);
  });

  // An entry as RG 49b07130 emits it (seed 3, index 1, 3 to 5 words).
  const rgEntry = {
    question:
      "The following emoji is encoded with a sentence.\n\nDecode the following sentence from the emoji: 🤔󠄒󠄐󠅣󠅙󠅗󠅘󠅕󠅔󠄐󠅃󠅙󠅢󠄐󠄺󠅟󠅘󠅞󠄜󠄐󠅔󠅟󠅧󠅞󠅓󠅑󠅣󠅤󠄞\n\nHere is a hint:\n```python\ndef variance_selector_to_byte(variation_selector):\n    variation_selector_codepoint = ord(variation_selector)\n    if 0xFE00 <= variation_selector_codepoint <= 0xFE0F:\n        return variation_selector_codepoint - 0xFE00\n    elif 0xE0100 <= variation_selector_codepoint <= 0xE01EF:\n        return variation_selector_codepoint - 0xE0100 + 16\n    else:\n        return None\n\ndef decode(encoded_sentence):\n    decoded_bytes = []\n    variation_selectors_part = encoded_sentence[1:]\n    for char in variation_selectors_part:\n        byte_val = variance_selector_to_byte(char)\n        if byte_val is not None:\n            decoded_bytes.append(byte_val)\n    return bytes(decoded_bytes).decode('utf-8')\n```\n\n\nReturn the secret sentence as your final answer.\n",
    answer: '" sighed Sir John, downcast.',
    metadata: {
      source_dataset: "emoji_mystery",
      source_index: 1,
      emoji: "🤔",
      num_words_in_sentence: 4,
      difficulty: {
        num_words_in_sentence: [3, 5],
      },
    },
  };

  it("decodes RG's encoding and scores as RG does", () => {
    const encoded = /from the emoji: (.*)\n/.exec(rgEntry.question)?.[1] ?? "";
    expect(decode(encoded)).toBe(rgEntry.answer);
    const oracle = rgEntry.answer;
    expect(emojiMystery.scoreAnswer(oracle, rgEntry)).toBe(1);
    // Same length: fraction of positions that match.
    const oneOff = `x${oracle.slice(1)}`;
    expect(emojiMystery.scoreAnswer(oneOff, rgEntry)).toBeCloseTo(
      (oracle.length - 1) / oracle.length,
    );
    // Code points, not UTF-16 units: an astral character is one position, as in Python.
    const astral = `🙂${oracle.slice(1)}`;
    expect(emojiMystery.scoreAnswer(astral, rgEntry)).toBeCloseTo(
      (oracle.length - 1) / oracle.length,
    );
    expect(emojiMystery.scoreAnswer(`${oracle}!`, rgEntry)).toBe(0.01);
    expect(emojiMystery.scoreAnswer("", rgEntry)).toBe(0);
    expect(emojiMystery.scoreAnswer(null, rgEntry)).toBe(0);
  });

  it("hides each generated sentence in its question", () => {
    for (const entry of emojiMystery.dataset({ seed: 4 }, 100)) {
      const encoded = /from the emoji: (.*)\n/u.exec(entry.question)?.[1] ?? "";
      expect(decode(encoded)).toBe(entry.answer);
      const words = entry.metadata.num_words_in_sentence as number;
      expect(words).toBeGreaterThanOrEqual(3);
      expect(words).toBeLessThanOrEqual(35);
    }
  });
});
