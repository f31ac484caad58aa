import { describe, expect, it } from "vitest";
import { checkTaskProperties } from "../testing.js";
import { caesarCipher, caesarEncrypt } from "./caesar_cipher.js";

describe("logic/caesar_cipher", () => {
  it("holds the task properties over 500 entries", async () => {
    const perturb = (answer: string) => `${answer[0] === "A" ? "B" : "A"}${answer.slice(1)}`;
    expect(await checkTaskProperties(caesarCipher, { perturb })).toEqual([]);
  });

  it("enciphers the clear text with the stated rotation", () => {
    for (const e of caesarCipher.dataset({ seed: 5 }, 50)) {
      const m = e.metadata;
      expect(caesarEncrypt(e.answer as string, m.rotation as number)).toBe(m.cipher_text);
      expect(caesarEncrypt(m.cipher_text as string, 26 - (m.rotation as number))).toBe(e.answer);
      expect(e.answer).toMatch(/^[A-Z]+( [A-Z]+)*$/);
    }
  });

  it("accepts an entry as Reasoning Gym emits it", async () => {
    const entry = {
      question:
        "Decrypt this Caesar cipher text: WKH BHDU WZHQWB QLQH. Provide only the decrypted text as your final answer.",
      answer: "THE YEAR TWENTY NINE",
      metadata: {
        source_dataset: "caesar_cipher",
        source_index: 0,
        rotation: 3,
        cipher_text: "WKH BHDU WZHQWB QLQH",
        clear_text: "THE YEAR TWENTY NINE",
        num_words: 4,
        difficulty: { words: [3, 20], rotation: [1, 25] },
      },
    };
    expect(await caesarCipher.verify("<answer>THE YEAR TWENTY NINE</answer>", entry)).toMatchObject(
      {
        reward: 1,
      },
    );
    expect(caesarCipher.scoreAnswer("the year twenty nine", entry)).toBe(0);
  });
});
