import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { capitalize, randomWords } from "../lib/text.js";

// Reasoning Gym: reasoning_gym/games/emoji_mystery.py
// A sentence hidden in an emoji: its UTF-8 bytes follow the emoji as Unicode variation
// selectors (byte b < 16 as U+FE00 + b, else U+E0100 + b − 16), with RG's decoding hint. Scoring
// as RG: 1.0 exact; an answer of the same length (in code points) gets the fraction of positions
// that match; any other answer 0.01.
// Deviations: sentences are random word-list words, capitalised and ended by ".", "!" or "?"
// (RG: sentences of a bundled novel); an empty answer scores 0 (RG 0.01). RG's list has "❤️",
// which is U+2764 followed by the variation selector U+FE0F: the hint's decode() reads that
// selector as a byte, so those entries decode to "\x0f" plus the sentence; here the heart is
// U+2764 alone.

// biome-ignore format: RG's list, kept in its order and compact
const EMOJIS = [
  "😀", "😃", "😄", "😁", "😆", "😅", "🤣", "😂", "🙂", "🙃", "😉", "😊", "😇", "🥰", "😍", "🤩",
  "😘", "😗", "😚", "😙", "🥲", "😋", "😛", "😜", "🤪", "😝", "🤑", "🤗", "🤭", "🤫", "🤔", "🤐",
  "🤨", "😐", "😑", "😶", "😏", "😒", "🙄", "😬", "😮", "😯", "😲", "😳", "🥺", "😦", "😧", "😨",
  "😰", "😥", "😢", "😭", "😱", "😖", "😣", "😞", "😓", "😩", "😫", "🥱", "😤", "😡", "😠", "🤬",
  "😈", "👿", "💀", "☠", "💩", "🤡", "👹", "👺", "👻", "👽", "👾", "🤖", "😺", "😸", "😹", "😻",
  "😼", "😽", "🙀", "😿", "😾", "🙈", "🙉", "🙊", "💋", "💌", "💘", "💝", "💖", "💗", "💓", "💞",
  "💕", "💟", "❣", "💔", "❤", "🧡", "💛", "💚", "💙", "💜", "🤎", "🖤", "🤍",
];

const HINT = `Here is a hint:
\`\`\`python
def variance_selector_to_byte(variation_selector):
    variation_selector_codepoint = ord(variation_selector)
    if 0xFE00 <= variation_selector_codepoint <= 0xFE0F:
        return variation_selector_codepoint - 0xFE00
    elif 0xE0100 <= variation_selector_codepoint <= 0xE01EF:
        return variation_selector_codepoint - 0xE0100 + 16
    else:
        return None

def decode(encoded_sentence):
    decoded_bytes = []
    variation_selectors_part = encoded_sentence[1:]
    for char in variation_selectors_part:
        byte_val = variance_selector_to_byte(char)
        if byte_val is not None:
            decoded_bytes.append(byte_val)
    return bytes(decoded_bytes).decode('utf-8')
\`\`\`
`;

/** The variation selector that stands for one byte. */
const selectorFor = (byte: number) =>
  String.fromCodePoint(byte < 16 ? 0xfe00 + byte : 0xe0100 + byte - 16);

/** The emoji followed by the sentence's UTF-8 bytes as variation selectors. */
function encode(sentence: string, emoji: string): string {
  return emoji + [...new TextEncoder().encode(sentence)].map(selectorFor).join("");
}

/** RG's word count: matches of \b\w+\b (ASCII words here). */
const wordCount = (sentence: string) => sentence.match(/\b\w+\b/g)?.length ?? 0;

function randomSentence(rng: Parameters<typeof randomWords>[0], words: number): string {
  const picked = randomWords(rng, words, 2, 9);
  picked[0] = capitalize(picked[0] as string);
  return `${picked.join(" ")}${rng.pick([".", ".", ".", "!", "?"])}`;
}

export const emojiMystery = defineLogicTask({
  name: "emoji_mystery",
  category: "games",
  curriculum: {
    num_words_in_sentence: range(
      "min_words_in_sentence",
      "max_words_in_sentence",
      [5, 10, 20, 30, 40, 50],
      true,
    ),
  },
  description: "Decode a sentence hidden in an emoji's trailing variation selectors.",
  config: z.object({
    size: z.number().int().positive().default(1000),
    min_words_in_sentence: z.number().int().positive().default(3),
    max_words_in_sentence: z.number().int().positive().default(35),
  }),
  generate(rng, config) {
    const emoji = rng.pick(EMOJIS);
    const words = rng.int(config.min_words_in_sentence, config.max_words_in_sentence);
    const sentence = randomSentence(rng, words);
    return {
      question: `The following emoji is encoded with a sentence.

Decode the following sentence from the emoji: ${encode(sentence, emoji)}

${HINT}

Return the secret sentence as your final answer.
`,
      answer: sentence,
      metadata: {
        emoji,
        num_words_in_sentence: wordCount(sentence),
        difficulty: {
          num_words_in_sentence: [config.min_words_in_sentence, config.max_words_in_sentence],
        },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || answer.length === 0 || entry.answer === null) return 0;
    if (answer === entry.answer) return 1;
    // Python compares code points, not UTF-16 units.
    const given = [...answer];
    const oracle = [...entry.answer];
    if (given.length !== oracle.length) return 0.01;
    const same = given.filter((ch, i) => ch === oracle[i]).length;
    return same / given.length;
  },
});
