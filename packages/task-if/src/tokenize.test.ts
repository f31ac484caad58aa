import { readFileSync } from "node:fs";
import { referenceFile } from "@prorl/core/reference";
import { describe, expect, it } from "vitest";
import { detectLanguage, isLanguage } from "./language.js";
import { pyIsUpper } from "./pytext.js";
import {
  countCapitalWords,
  countSentences,
  splitSentences,
  treebankTokenize,
  wordTokenize,
} from "./tokenize.js";

describe("Punkt-style sentence splitting", () => {
  it("splits on . ? ! followed by whitespace, never on newlines alone", () => {
    expect(splitSentences("Hello there. How are you? Fine!")).toEqual([
      "Hello there.",
      "How are you?",
      "Fine!",
    ]);
    expect(countSentences("a heading\nwith no period\nstill one")).toBe(1);
    expect(countSentences("")).toBe(0);
    expect(countSentences("   \n ")).toBe(0);
  });

  it("keeps abbreviations, decimals, initials before names and e.g. inside a sentence", () => {
    expect(countSentences("Mr. Smith met Dr. Jones at 3.30 p.m. yesterday.")).toBe(1);
    expect(countSentences("Use tools, e.g. hammers and saws.")).toBe(1);
    expect(countSentences("J. Smith wrote it.")).toBe(1);
  });

  it("treats closing quotes and brackets after the end mark as part of the sentence", () => {
    expect(splitSentences('He said "stop." Then he left.')).toEqual([
      'He said "stop."',
      "Then he left.",
    ]);
  });

  it("breaks before a closing quote or bracket even without a space, as Punkt does", () => {
    expect(countSentences('{"a": "It ends here.", "b": "More"}')).toBe(2);
    expect(splitSentences('"Stop." Then go.')).toEqual(['"Stop."', "Then go."]);
    // Greedy candidate: only the last end mark of a chunk is a candidate.
    expect(countSentences("Wow!?! Next")).toBe(2);
  });

  it("numbered list markers end a sentence before a capitalised word, as Punkt does", () => {
    expect(countSentences("Steps:\n1. Mix well\n2. Bake")).toBe(3);
    expect(countSentences("It costs 5. and more")).toBe(1);
  });
});

describe("Treebank word tokenizer", () => {
  it("splits punctuation, contractions and brackets like NLTK", () => {
    expect(treebankTokenize("I can't (really) say, can I?")).toEqual([
      "I",
      "ca",
      "n't",
      "(",
      "really",
      ")",
      "say",
      ",",
      "can",
      "I",
      "?",
    ]);
    expect(treebankTokenize("They're GONNA win.")).toEqual([
      "They",
      "'re",
      "GON",
      "NA",
      "win",
      ".",
    ]);
    expect(treebankTokenize('She said "hi" & left')).toEqual([
      "She",
      "said",
      "``",
      "hi",
      "''",
      "&",
      "left",
    ]);
  });

  it("the fast capital count equals counting upper-case tokens of wordTokenize", () => {
    const texts = [
      "I'M SURE. WE CAN'T. \"OK\" (YES) A&B NASA's plan--BIG!",
      "Mixed CASE text: USA, UK; EU? AI-powered R&D.\nNEW LINE 'TIS",
      "no capitals at all here.",
    ];
    const path = referenceFile("ifeval/cases.jsonl", import.meta.url);
    if (path) {
      const lines = readFileSync(path, "utf8").trim().split("\n").slice(0, 120);
      for (const line of lines) texts.push((JSON.parse(line) as { response: string }).response);
    }
    for (const text of texts) {
      expect(countCapitalWords(text)).toBe(wordTokenize(text).filter(pyIsUpper).length);
    }
  });
});

describe("language detection", () => {
  it("names common languages", () => {
    expect(detectLanguage("The quick brown fox jumps over the lazy dog near the river bank.")).toBe(
      "en",
    );
    expect(detectLanguage("Le renard brun rapide saute par-dessus le chien paresseux.")).toBe("fr");
    expect(detectLanguage("Быстрая коричневая лиса прыгает через ленивую собаку.")).toBe("ru");
    expect(detectLanguage("12 + 34 = 46 !!!")).toBeNull();
  });

  it("tells Nepali, Hindi and Swahili apart where eld alone cannot", () => {
    const nepali = "नेपाल हिमालयको काखमा रहेको एउटा सुन्दर देश हो र यहाँका मानिसहरू मिलनसार छन्।";
    expect(isLanguage(nepali, "ne")).toBe(true);
    expect(isLanguage(nepali, "hi")).toBe(false);
    const hindi = "भारत एक विशाल देश है और यहाँ के लोग अनेक भाषाएँ बोलते हैं।";
    expect(isLanguage(hindi, "hi")).toBe(true);
    expect(isLanguage(hindi, "ne")).toBe(false);
    const swahili =
      "Habari za asubuhi, rafiki yangu. Leo tunakwenda sokoni kununua matunda na mboga.";
    expect(isLanguage(swahili, "sw")).toBe(true);
    expect(isLanguage("Good morning my friend, today we are going to the market.", "sw")).toBe(
      false,
    );
  });
});
