import { Rng } from "@prorl/core";
import { z } from "zod";
import {
  CONSTRAINED_RESPONSE_OPTIONS,
  INSTRUCTION_IDS,
  type InstructionId,
} from "./instructions.js";
import { IFEVAL_LANGUAGES } from "./language.js";

/**
 * Seeded synthetic prompts in the style of the Llama-Nemotron instruction-following data:
 * a base writing task from a pool, plus 1-3 mutually compatible IFEval instructions whose
 * kwargs are sampled from IFEval's own ranges and rendered into the prompt text with
 * IFEval's wording. Conflicts follow IFEval's `INSTRUCTION_CONFLICTS` (made symmetric),
 * plus a few rules of our own so that the combination stays satisfiable (distinct keywords,
 * "less than" letter counts only for rare letters).
 */

export const BASE_TASKS: readonly string[] = [
  "Write a short blog post about the benefits of learning a second language as an adult.",
  "Write a cover letter for a junior data analyst position at a logistics company.",
  "Describe a rainy afternoon in a small coastal town.",
  "Write a product description for a reusable water bottle that keeps drinks cold for a day.",
  "Explain to a ten-year-old how vaccines help the body fight disease.",
  "Write a review of a fictional science-fiction film about a colony on Mars.",
  "Write an email to a landlord asking for a broken heater to be repaired.",
  "Summarize the main causes of the French Revolution.",
  "Write a story about a lighthouse keeper who finds a message in a bottle.",
  "Give advice to a student who is nervous about their first job interview.",
  "Write a pitch for a mobile app that helps neighbours share tools.",
  "Explain how a bill becomes a law in a parliamentary democracy.",
  "Write a speech for a retirement party honouring a long-serving school librarian.",
  "Compare the advantages of trains and planes for travel between nearby cities.",
  "Write a travel guide entry for a week in Lisbon on a modest budget.",
  "Describe the water cycle for a middle-school science class.",
  "Write a poem about the first snowfall of winter.",
  "Write a persuasive essay arguing that cities should plant more trees.",
  "Explain the difference between weather and climate.",
  "Write a letter from a grandmother to her grandson who just started university.",
  "Write a guide to starting a vegetable garden on a balcony.",
  "Describe how a small bakery could reduce its food waste.",
  "Write a dialogue between a detective and a nervous witness.",
  "Write a short biography of an imaginary inventor from the nineteenth century.",
  "Explain why sleep matters for memory and learning.",
  "Write an advertisement for a community music festival in the park.",
  "Write a complaint to an airline about a lost suitcase.",
  "Give tips for running a productive team meeting.",
  "Write a fairy tale about a fox who wants to learn to read.",
  "Explain how compound interest works with a simple example.",
  "Write a job posting for a part-time barista at a neighbourhood cafe.",
  "Describe the life cycle of a butterfly.",
  "Write a thank-you note to a volunteer firefighter.",
  "Write a proposal for a weekly coding club at a public library.",
  "Explain the rules of chess to a complete beginner.",
  "Write a news report about a town that built a solar-powered ferry.",
  "Write a motivational message for runners before a marathon.",
  "Describe the history of the bicycle in a few paragraphs.",
  "Write a recipe introduction for a family lentil soup.",
  "Write a riddle whose answer is the moon, then explain it.",
];

/** Nouns for sampled keywords, forbidden words and paragraph first words. */
const WORDS: readonly string[] = [
  "garden",
  "river",
  "window",
  "ticket",
  "planet",
  "kitchen",
  "engine",
  "forest",
  "market",
  "mirror",
  "harbor",
  "ladder",
  "lantern",
  "pencil",
  "bridge",
  "castle",
  "blanket",
  "compass",
  "island",
  "thunder",
  "meadow",
  "candle",
  "puzzle",
  "orchard",
  "balloon",
  "anchor",
  "violin",
  "pocket",
  "desert",
  "feather",
  "journey",
  "signal",
  "harvest",
  "station",
  "library",
  "festival",
  "notebook",
  "tunnel",
  "whistle",
  "canyon",
  "pepper",
  "cabinet",
  "satellite",
  "glacier",
  "museum",
  "village",
  "rocket",
  "pyramid",
  "crystal",
  "marble",
];

const ENDING_OPTIONS = ["Any other questions?", "Is there anything else I can help with?"];
const RARE_LETTERS = ["q", "x", "z", "j"];
const COMMON_LETTERS = ["a", "e", "i", "o", "t", "n", "s", "r", "l"];

const ALL = new Set<InstructionId>(INSTRUCTION_IDS);
const except = (...ids: InstructionId[]) => new Set([...ALL].filter((id) => !ids.includes(id)));

/** IFEval's INSTRUCTION_CONFLICTS, before symmetrisation. */
const CONFLICTS_RAW: Record<InstructionId, Set<InstructionId>> = {
  "keywords:existence": new Set(),
  "keywords:frequency": new Set(),
  "keywords:forbidden_words": new Set(),
  "keywords:letter_frequency": new Set(),
  "language:response_language": new Set([
    "detectable_format:multiple_sections",
    "keywords:existence",
    "keywords:frequency",
    "keywords:forbidden_words",
    "startend:end_checker",
    "change_case:english_capital",
    "change_case:english_lowercase",
  ]),
  "length_constraints:number_sentences": new Set(),
  "length_constraints:number_paragraphs": new Set([
    "length_constraints:nth_paragraph_first_word",
    "length_constraints:number_sentences",
  ]),
  "length_constraints:number_words": new Set(),
  "length_constraints:nth_paragraph_first_word": new Set(["length_constraints:number_paragraphs"]),
  "detectable_content:number_placeholders": new Set(),
  "detectable_content:postscript": new Set(),
  "detectable_format:number_bullet_lists": new Set(),
  "detectable_format:constrained_response": new Set(ALL),
  "detectable_format:number_highlighted_sections": new Set(),
  "detectable_format:multiple_sections": new Set([
    "language:response_language",
    "detectable_format:number_highlighted_sections",
  ]),
  "detectable_format:json_format": except("keywords:forbidden_words", "keywords:existence"),
  "detectable_format:title": new Set(),
  "combination:two_responses": except(
    "keywords:forbidden_words",
    "keywords:existence",
    "language:response_language",
    "detectable_format:title",
    "punctuation:no_comma",
  ),
  "combination:repeat_prompt": except(
    "keywords:existence",
    "detectable_format:title",
    "punctuation:no_comma",
  ),
  "startend:end_checker": new Set(),
  "change_case:capital_word_frequency": new Set([
    "change_case:english_lowercase",
    "change_case:english_capital",
  ]),
  "change_case:english_capital": new Set(),
  "change_case:english_lowercase": new Set(["change_case:english_capital"]),
  "punctuation:no_comma": new Set(),
  "startend:quotation": new Set(["detectable_format:title"]),
};

/** Symmetric conflict table: every instruction conflicts with itself, and A-B implies B-A. */
export const INSTRUCTION_CONFLICTS: Readonly<Record<InstructionId, ReadonlySet<InstructionId>>> =
  (() => {
    const table = Object.fromEntries(
      INSTRUCTION_IDS.map((id) => [id, new Set(CONFLICTS_RAW[id])]),
    ) as Record<InstructionId, Set<InstructionId>>;
    for (const id of INSTRUCTION_IDS) {
      table[id].add(id);
      for (const other of CONFLICTS_RAW[id]) table[other].add(id);
    }
    // Our own additions: a "less than" letter count and upper-case English both fix letter case.
    table["keywords:letter_frequency"].add("change_case:english_capital");
    table["change_case:english_capital"].add("keywords:letter_frequency");
    return table;
  })();

export const IfGeneratorConfigSchema = z.object({
  seed: z.number().int(),
  minInstructions: z.number().int().min(1).max(3).default(1),
  maxInstructions: z.number().int().min(1).max(3).default(3),
  /** Restrict the instructions drawn (default: all 25). */
  instructions: z.array(z.enum(INSTRUCTION_IDS)).min(1).optional(),
});
export type IfGeneratorConfig = z.infer<typeof IfGeneratorConfigSchema>;

export interface GeneratedIfExample {
  prompt: string;
  instruction_id_list: InstructionId[];
  kwargs: Record<string, unknown>[];
}

/** Item `index` of the synthetic stream: a pure function of (config, index). */
export function generateIfExample(config: IfGeneratorConfig, index: number): GeneratedIfExample {
  const rng = new Rng(config.seed, "task-if", index);
  const base = rng.pick(BASE_TASKS);
  const lo = Math.min(config.minInstructions, config.maxInstructions);
  const hi = Math.max(config.minInstructions, config.maxInstructions);
  const wanted = rng.int(lo, hi);
  const pool: InstructionId[] = config.instructions
    ? [...config.instructions]
    : [...INSTRUCTION_IDS];
  const chosen: InstructionId[] = [];
  for (const id of rng.shuffle(pool)) {
    if (chosen.length >= wanted) break;
    if (chosen.some((c) => INSTRUCTION_CONFLICTS[c].has(id))) continue;
    chosen.push(id);
  }
  const used = new Set<string>();
  const takeWords = (k: number) => {
    const words = rng.sample(
      WORDS.filter((w) => !used.has(w)),
      k,
    );
    for (const w of words) used.add(w);
    return words;
  };
  const kwargs = chosen.map((id) => sampleKwargs(id, rng, base, takeWords, chosen));
  const descriptions = chosen.map((id, i) => describeInstruction(id, kwargs[i] ?? {}));
  return {
    prompt: [base, ...descriptions].join(" "),
    instruction_id_list: chosen,
    kwargs,
  };
}

function sampleKwargs(
  id: InstructionId,
  rng: Rng,
  base: string,
  takeWords: (k: number) => string[],
  chosen: readonly InstructionId[],
): Record<string, unknown> {
  const relation = () => rng.pick(["less than", "at least"] as const);
  switch (id) {
    case "keywords:existence":
      return { keywords: takeWords(2).sort() };
    case "keywords:frequency":
      return { keyword: takeWords(1)[0], frequency: rng.int(1, 3), relation: relation() };
    case "keywords:forbidden_words":
      return { forbidden_words: takeWords(2).sort() };
    case "keywords:letter_frequency": {
      const rel = relation();
      const letter = rng.pick(rel === "less than" ? RARE_LETTERS : COMMON_LETTERS);
      return { letter, let_frequency: rng.int(1, 10), let_relation: rel };
    }
    case "language:response_language":
      return { language: rng.pick(Object.keys(IFEVAL_LANGUAGES).filter((l) => l !== "en")) };
    case "length_constraints:number_sentences":
      return { num_sentences: rng.int(1, 20), relation: relation() };
    case "length_constraints:number_paragraphs":
      return { num_paragraphs: rng.int(1, 5) };
    case "length_constraints:number_words": {
      // A "less than" word limit below what other instructions need would be unsatisfiable.
      const rel = chosen.length > 1 ? "at least" : relation();
      return { num_words: rng.int(100, 500), relation: rel };
    }
    case "length_constraints:nth_paragraph_first_word": {
      const num = rng.int(1, 5);
      return { num_paragraphs: num, nth_paragraph: rng.int(1, num), first_word: takeWords(1)[0] };
    }
    case "detectable_content:number_placeholders":
      return { num_placeholders: rng.int(1, 4) };
    case "detectable_content:postscript":
      return { postscript_marker: rng.pick(["P.S.", "P.P.S"]) };
    case "detectable_format:number_bullet_lists":
      return { num_bullets: rng.int(1, 5) };
    case "detectable_format:number_highlighted_sections":
      return { num_highlights: rng.int(1, 4) };
    case "detectable_format:multiple_sections":
      return { section_spliter: rng.pick(["Section", "SECTION"]), num_sections: rng.int(1, 5) };
    case "combination:repeat_prompt":
      return { prompt_to_repeat: base };
    case "startend:end_checker":
      return { end_phrase: rng.pick(ENDING_OPTIONS) };
    case "change_case:capital_word_frequency":
      return { capital_frequency: rng.int(1, 20), capital_relation: relation() };
    default:
      return {};
  }
}

/** The instruction sentence IFEval's `build_description` renders for these kwargs. */
export function describeInstruction(id: InstructionId, kw: Record<string, unknown>): string {
  const k = kw as Record<string, string | number | string[]>;
  switch (id) {
    case "keywords:existence":
      return `Include keywords ${pyList(k.keywords as string[])} in the response.`;
    case "keywords:frequency":
      return `In your response, the word ${k.keyword} should appear ${k.relation} ${k.frequency} times.`;
    case "keywords:forbidden_words":
      return `Do not include keywords ${pyList(k.forbidden_words as string[])} in the response.`;
    case "keywords:letter_frequency":
      return `In your response, the letter ${k.letter} should appear ${k.let_relation} ${k.let_frequency} times.`;
    case "language:response_language":
      return `Your ENTIRE response should be in ${IFEVAL_LANGUAGES[k.language as string] ?? k.language} language, no other language is allowed.`;
    case "length_constraints:number_sentences":
      return `Your response should contain ${k.relation} ${k.num_sentences} sentences.`;
    case "length_constraints:number_paragraphs":
      return `There should be ${k.num_paragraphs} paragraphs. Paragraphs are separated with the markdown divider: ***`;
    case "length_constraints:number_words":
      return `Answer with ${k.relation} ${k.num_words} words.`;
    case "length_constraints:nth_paragraph_first_word":
      return `There should be ${k.num_paragraphs} paragraphs. Paragraphs and only paragraphs are separated with each other by two new lines as if it was '\\n\\n' in python. Paragraph ${k.nth_paragraph} must start with word ${k.first_word}.`;
    case "detectable_content:number_placeholders":
      return `The response must contain at least ${k.num_placeholders} placeholders represented by square brackets, such as [address].`;
    case "detectable_content:postscript":
      return `At the end of your response, please explicitly add a postscript starting with ${k.postscript_marker}`;
    case "detectable_format:number_bullet_lists":
      return `Your answer must contain exactly ${k.num_bullets} bullet points. Use the markdown bullet points such as:\n* This is point 1. \n* This is point 2`;
    case "detectable_format:constrained_response":
      return `Answer with one of the following options: ${pyTuple(CONSTRAINED_RESPONSE_OPTIONS)}`;
    case "detectable_format:number_highlighted_sections":
      return `Highlight at least ${k.num_highlights} sections in your answer with markdown, i.e. *highlighted section*.`;
    case "detectable_format:multiple_sections":
      return `Your response must have ${k.num_sections} sections. Mark the beginning of each section with ${k.section_spliter} X, such as:\n${k.section_spliter} 1\n[content of section 1]\n${k.section_spliter} 2\n[content of section 2]`;
    case "detectable_format:json_format":
      return "Entire output should be wrapped in JSON format. You can use markdown ticks such as ```.";
    case "detectable_format:title":
      return "Your answer must contain a title, wrapped in double angular brackets, such as <<poem of joy>>.";
    case "combination:two_responses":
      return "Give two different responses. Responses and only responses should be separated by 6 asterisk symbols: ******.";
    case "combination:repeat_prompt":
      return "First repeat the request word for word without change, then give your answer (1. do not say any words or characters before repeating the request; 2. the request you need to repeat does not include this sentence)";
    case "startend:end_checker":
      return `Finish your response with this exact phrase ${k.end_phrase}. No other words should follow this phrase.`;
    case "startend:quotation":
      return "Wrap your entire response with double quotation marks.";
    case "change_case:capital_word_frequency":
      return `In your response, words with all capital letters should appear ${k.capital_relation} ${k.capital_frequency} times.`;
    case "change_case:english_capital":
      return "Your entire response should be in English, and in all capital letters.";
    case "change_case:english_lowercase":
      return "Your entire response should be in English, and in all lowercase letters. No capital letters are allowed.";
    case "punctuation:no_comma":
      return "In your entire response, refrain from the use of any commas.";
  }
}

function pyList(items: readonly string[]): string {
  return `[${items.map((s) => `'${s}'`).join(", ")}]`;
}

function pyTuple(items: readonly string[]): string {
  return `(${items.map((s) => `'${s}'`).join(", ")})`;
}
