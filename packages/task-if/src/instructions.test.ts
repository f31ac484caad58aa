import { describe, expect, it } from "vitest";
import {
  checkInstruction,
  countBullets,
  countHighlights,
  countPlaceholders,
  countSections,
  INSTRUCTION_IDS,
  parseInstruction,
} from "./instructions.js";

function check(id: string, kwargs: Record<string, unknown>, response: string): boolean {
  const parsed = parseInstruction(id, kwargs);
  if (!parsed.ok) throw new Error(parsed.error);
  return checkInstruction(parsed.instruction, response);
}

describe("parseInstruction", () => {
  it("knows exactly the 25 IFEval instructions", () => {
    expect(INSTRUCTION_IDS).toHaveLength(25);
    expect(parseInstruction("keywords:key_sentences", {}).ok).toBe(false);
  });

  it("drops null-valued and unrelated keys, as Hugging Face IFEval rows carry them", () => {
    const parsed = parseInstruction("length_constraints:number_words", {
      num_words: 300,
      relation: "at least",
      num_highlights: null,
      keywords: null,
      language: null,
    });
    expect(parsed).toEqual({
      ok: true,
      instruction: {
        id: "length_constraints:number_words",
        kwargs: { num_words: 300, relation: "at least" },
      },
    });
  });

  it("normalises kwargs as build_description does", () => {
    const parsed = parseInstruction("keywords:existence", { keywords: ["zeta", "alpha"] });
    expect(parsed.ok && parsed.instruction.kwargs).toEqual({ keywords: ["alpha", "zeta"] });
    const nth = parseInstruction("length_constraints:nth_paragraph_first_word", {
      num_paragraphs: 3,
      nth_paragraph: 2,
      first_word: "Summary",
    });
    expect(nth.ok && nth.instruction.kwargs).toMatchObject({ first_word: "summary" });
    const letter = parseInstruction("keywords:letter_frequency", {
      letter: "Q",
      let_frequency: 2,
      let_relation: "at least",
    });
    expect(letter.ok && letter.instruction.kwargs).toMatchObject({ letter: "q" });
  });

  it("accepts bigint counts (Parquet int64)", () => {
    const parsed = parseInstruction("detectable_format:number_bullet_lists", { num_bullets: 3n });
    expect(parsed.ok && parsed.instruction.kwargs).toEqual({ num_bullets: 3 });
  });

  it("reports missing or malformed kwargs instead of throwing", () => {
    const missing = parseInstruction("keywords:frequency", { keyword: "cat" });
    expect(missing.ok).toBe(false);
    const badRelation = parseInstruction("length_constraints:number_words", {
      num_words: 10,
      relation: "at most",
    });
    expect(badRelation.ok).toBe(false);
    const blank = parseInstruction("detectable_format:multiple_sections", {
      section_spliter: "  ",
      num_sections: 2,
    });
    expect(blank.ok).toBe(false);
    expect(parseInstruction("startend:quotation", "nope").ok).toBe(false);
  });
});

describe("keywords", () => {
  it("existence is a case-insensitive substring search for every keyword", () => {
    const kw = { keywords: ["Owl", "moon"] };
    expect(check("keywords:existence", kw, "The owl sang to the MOONLIGHT.")).toBe(true);
    expect(check("keywords:existence", kw, "The owl sang.")).toBe(false);
  });

  it("frequency counts non-overlapping case-insensitive matches", () => {
    const atLeast = { keyword: "the", frequency: 3, relation: "at least" };
    expect(check("keywords:frequency", atLeast, "The cat, the dog, then.")).toBe(true);
    expect(check("keywords:frequency", atLeast, "The cat and the dog.")).toBe(false);
    const less = { keyword: "aa", frequency: 2, relation: "less than" };
    expect(check("keywords:frequency", less, "aaa")).toBe(true); // one match, not two
  });

  it("forbidden words use Python's Unicode word boundaries", () => {
    const kw = { forbidden_words: ["cat"] };
    expect(check("keywords:forbidden_words", kw, "A category of concatenation.")).toBe(true);
    expect(check("keywords:forbidden_words", kw, "My CAT sleeps.")).toBe(false);
    // é is a word character in Python 3, so "écat" has no boundary before "cat".
    expect(check("keywords:forbidden_words", kw, "écat")).toBe(true);
    expect(check("keywords:forbidden_words", kw, "cat_food")).toBe(true);
  });

  it("letter frequency counts the lower-cased letter, including non-letters like #", () => {
    const kw = { letter: "e", let_frequency: 3, let_relation: "at least" };
    expect(check("keywords:letter_frequency", kw, "EEe")).toBe(true);
    expect(check("keywords:letter_frequency", kw, "Ee")).toBe(false);
    const hash = { letter: "#", let_frequency: 4, let_relation: "at least" };
    expect(check("keywords:letter_frequency", hash, "# a\n## b\n#")).toBe(true);
  });
});

describe("language and case", () => {
  it("response_language detects the language", () => {
    const de = { language: "de" };
    expect(
      check(
        "language:response_language",
        de,
        "Heute ist ein schöner Tag und wir gehen gemeinsam in den Park, um dort zu spielen.",
      ),
    ).toBe(true);
    expect(
      check(
        "language:response_language",
        de,
        "Today is a beautiful day and we are going to the park together to play.",
      ),
    ).toBe(false);
    expect(
      check(
        "language:response_language",
        { language: "ko" },
        "오늘은 날씨가 정말 좋아서 친구들과 함께 공원에 산책을 갔습니다.",
      ),
    ).toBe(true);
  });

  it("counts a text with no letters as followed (langdetect raises, IFEval says followed)", () => {
    expect(check("language:response_language", { language: "fi" }, "12345 !!! 678")).toBe(true);
  });

  it("english_capital needs Python isupper() and English", () => {
    expect(
      check("change_case:english_capital", {}, "THIS IS A SHORT ANSWER ABOUT THE WEATHER TODAY."),
    ).toBe(true);
    expect(check("change_case:english_capital", {}, "THIS IS A SHORT ANSWEr.")).toBe(false);
    expect(check("change_case:english_capital", {}, "1234")).toBe(false); // no cased character
  });

  it("english_lowercase needs Python islower() and English", () => {
    expect(
      check(
        "change_case:english_lowercase",
        {},
        "this is a short answer about the weather today, written in lowercase.",
      ),
    ).toBe(true);
    expect(check("change_case:english_lowercase", {}, "this is About the weather.")).toBe(false);
    expect(
      check(
        "change_case:english_lowercase",
        {},
        "ceci est une réponse courte écrite entièrement en français et en minuscules.",
      ),
    ).toBe(false);
  });

  it("capital_word_frequency counts Treebank tokens that are upper case", () => {
    const kw = { capital_frequency: 3, capital_relation: "at least" };
    // "CAN'T" -> "CA", "N'T"; "I'M" -> "I", "'M": four upper-case tokens.
    expect(check("change_case:capital_word_frequency", kw, "I'M sure we CAN'T go.")).toBe(true);
    expect(check("change_case:capital_word_frequency", kw, "NASA and the USA-based lab.")).toBe(
      false,
    );
    const less = { capital_frequency: 2, capital_relation: "less than" };
    expect(check("change_case:capital_word_frequency", less, "Only ONE here.")).toBe(true);
  });
});

describe("length constraints", () => {
  it("number_sentences uses Punkt-style sentence counting", () => {
    const kw = { num_sentences: 3, relation: "less than" };
    expect(check("length_constraints:number_sentences", kw, "One. Two.")).toBe(true);
    expect(check("length_constraints:number_sentences", kw, "One. Two! Three?")).toBe(false);
    // Abbreviations and decimals do not end sentences.
    expect(check("length_constraints:number_sentences", kw, "Dr. Smith paid 3.50 dollars.")).toBe(
      true,
    );
  });

  it("number_paragraphs splits on *** and rejects empty inner paragraphs", () => {
    const kw = { num_paragraphs: 3 };
    expect(check("length_constraints:number_paragraphs", kw, "a\n***\nb\n***\nc")).toBe(true);
    expect(check("length_constraints:number_paragraphs", kw, "***\na\n***\nb\n***\nc\n***")).toBe(
      true,
    );
    expect(check("length_constraints:number_paragraphs", kw, "a\n***\n***\nb\n***\nc")).toBe(false);
    expect(check("length_constraints:number_paragraphs", kw, "a\n***\nb")).toBe(false);
  });

  it("number_words counts Unicode \\w+ runs", () => {
    const kw = { num_words: 5, relation: "at least" };
    expect(check("length_constraints:number_words", kw, "one two-three, four_five six")).toBe(true);
    expect(check("length_constraints:number_words", kw, "one two three four")).toBe(false);
    expect(check("length_constraints:number_words", kw, "día über naïve façade 北京")).toBe(true);
  });

  it("nth_paragraph_first_word checks the count and the stripped first word", () => {
    const kw = { num_paragraphs: 2, nth_paragraph: 2, first_word: "Then" };
    expect(
      check("length_constraints:nth_paragraph_first_word", kw, 'First part.\n\n"Then, more."'),
    ).toBe(true);
    expect(
      check("length_constraints:nth_paragraph_first_word", kw, "First part.\n\nAfter that."),
    ).toBe(false);
    expect(check("length_constraints:nth_paragraph_first_word", kw, "A.\n\nthen b.\n\nC.")).toBe(
      false,
    );
  });
});

describe("detectable content and format", () => {
  it("placeholders are [..] pairs on one line", () => {
    expect(countPlaceholders("Dear [name], at [address]")).toBe(2);
    expect(countPlaceholders("[a\n] [b]")).toBe(1);
    expect(countPlaceholders("[[x]]")).toBe(1);
    expect(
      check("detectable_content:number_placeholders", { num_placeholders: 2 }, "[a] [b]"),
    ).toBe(true);
  });

  it("postscript markers: P.S. and P.P.S have their own patterns", () => {
    expect(
      check("detectable_content:postscript", { postscript_marker: "P.S." }, "Hi.\np.s. bye"),
    ).toBe(true);
    expect(
      check("detectable_content:postscript", { postscript_marker: "P.S." }, "Hi. PS bye"),
    ).toBe(false);
    expect(
      check("detectable_content:postscript", { postscript_marker: "P.P.S" }, "x\nP. P. S: more"),
    ).toBe(true);
    expect(
      check("detectable_content:postscript", { postscript_marker: "Note:" }, "a\nNOTE: b"),
    ).toBe(true);
  });

  it("bullets count * and - lines exactly (Python re.MULTILINE semantics)", () => {
    expect(countBullets("* a\n* b\n- c")).toBe(3);
    expect(countBullets("** bold line\n* a")).toBe(1);
    expect(countBullets("\n\n  * a\n\t- b\n")).toBe(2);
    expect(countBullets("*\nnext line")).toBe(1); // `[^*]` may match the newline
    expect(check("detectable_format:number_bullet_lists", { num_bullets: 2 }, "* a\n* b")).toBe(
      true,
    );
    expect(
      check("detectable_format:number_bullet_lists", { num_bullets: 2 }, "* a\n* b\n* c"),
    ).toBe(false);
  });

  it("constrained_response looks for one of the three options", () => {
    expect(check("detectable_format:constrained_response", {}, "My answer is maybe.")).toBe(true);
    expect(check("detectable_format:constrained_response", {}, "My answer is yes")).toBe(false);
  });

  it("highlights count *x* and **x** spans with non-blank content", () => {
    expect(countHighlights("*a* and *b*")).toBe(2);
    // Single-star matches are "**" and "**" (blank); the double-star match "**bold**" counts.
    expect(countHighlights("**bold**")).toBe(1);
    expect(countHighlights("*a* **b**")).toBe(2);
    expect(countHighlights("* *")).toBe(0);
    expect(countHighlights("*a\nb*")).toBe(0);
    expect(
      check("detectable_format:number_highlighted_sections", { num_highlights: 2 }, "*a* *b*"),
    ).toBe(true);
  });

  it("multiple_sections counts SPLITER + optional space + digits", () => {
    expect(countSections("SECTION 1\nx\nSECTION 2\ny", "SECTION")).toBe(2);
    expect(countSections("Section1 Section  2 Section X", "Section")).toBe(1);
    expect(
      check(
        "detectable_format:multiple_sections",
        { section_spliter: "Day", num_sections: 2 },
        "Day 1: a\nDay 2: b",
      ),
    ).toBe(true);
  });

  it("json_format strips code fences and parses like json.loads", () => {
    expect(check("detectable_format:json_format", {}, '```json\n{"a": 1}\n```')).toBe(true);
    expect(check("detectable_format:json_format", {}, '  {"a": [1, 2]}  ')).toBe(true);
    expect(check("detectable_format:json_format", {}, '{"a": NaN}')).toBe(true);
    expect(check("detectable_format:json_format", {}, '{"a": 1')).toBe(false);
    expect(check("detectable_format:json_format", {}, "Here is JSON: {}")).toBe(false);
  });

  it("title needs <<non-blank>> on one line", () => {
    expect(check("detectable_format:title", {}, "<<My Poem>>\nroses")).toBe(true);
    expect(check("detectable_format:title", {}, "<< >> and <<\n>>")).toBe(false);
    expect(check("detectable_format:title", {}, "<<>>>")).toBe(false);
  });
});

describe("combination, start/end, punctuation", () => {
  it("two_responses needs exactly two different non-empty parts", () => {
    expect(check("combination:two_responses", {}, "A\n******\nB")).toBe(true);
    expect(check("combination:two_responses", {}, "A\n******\nA")).toBe(false);
    expect(check("combination:two_responses", {}, "A\n******\n\n******\nB")).toBe(false);
    expect(check("combination:two_responses", {}, "******\nA\n******\nB\n******")).toBe(true);
  });

  it("repeat_prompt: the response starts with the request, case-insensitively", () => {
    const kw = { prompt_to_repeat: "Write a poem about cats." };
    expect(check("combination:repeat_prompt", kw, "  write a poem about CATS. Here it is")).toBe(
      true,
    );
    expect(check("combination:repeat_prompt", kw, "Sure! Write a poem about cats.")).toBe(false);
  });

  it("end_checker strips whitespace and double quotes before comparing", () => {
    const kw = { end_phrase: "Any other questions?" };
    expect(check("startend:end_checker", kw, '"Some text. any other questions?"\n')).toBe(true);
    expect(check("startend:end_checker", kw, "Any other questions? Thanks.")).toBe(false);
  });

  it("quotation wraps the stripped response in double quotes", () => {
    expect(check("startend:quotation", {}, ' "hello" ')).toBe(true);
    expect(check("startend:quotation", {}, '"')).toBe(false);
    expect(check("startend:quotation", {}, "'hello'")).toBe(false);
  });

  it("no_comma rejects any comma", () => {
    expect(check("punctuation:no_comma", {}, "No commas here.")).toBe(true);
    expect(check("punctuation:no_comma", {}, "One, two.")).toBe(false);
  });
});
