import { pyStrip } from "@prorl/core";
import figlet, { type FontName } from "figlet";
import { z } from "zod";
import { range } from "../curriculum-attributes.js";
import { defineLogicTask } from "../define.js";
import { wordsOfLength } from "../words.js";

// Reasoning Gym: reasoning_gym/cognition/figlet_fonts.py
// A word in capitals (letters spaced out by default) drawn in a FIGlet font; the answer is the
// word. Scoring as RG on the answer with spaces removed, stripped and lower-cased: 1.0 when it
// is the word, else 0.1 per position that matches.
// Deviations: fonts are rendered by the `figlet` npm package (figlet.js), which ships 253 of the
// 468 pyfiglet fonts RG draws from (matched by file content, or by name where the files differ
// only in comments); the other 215 are not available (the README lists them). Font names are
// pyfiglet's. Drawings are wrapped at 80 columns the way pyfiglet wraps them; 205 of the 253
// fonts then draw exactly as pyfiglet does, the other 48 differ in spacing somewhere. Words come from
// word-list (RG: its anagram list). RG caps partial credit at 1.0, so a wrong answer of 10 or
// more matching letters scores 1.0 (possible from 11-letter words, curriculum level 2 on);
// here partial credit stops at 0.9.

/** pyfiglet font name -> figlet.js font name: RG's fonts (pyfiglet 1.0.2 less RG's BAD_FONTS) that figlet.js ships. */
const FONTS: ReadonlyMap<string, FontName> = new Map([
  ["1row", "1Row"],
  ["3-d", "3-D"],
  ["3d-ascii", "3D-ASCII"],
  ["3d_diagonal", "3D Diagonal"],
  ["3x5", "3x5"],
  ["4max", "4Max"],
  ["5lineoblique", "5 Line Oblique"],
  ["acrobatic", "Acrobatic"],
  ["alligator", "Alligator"],
  ["alligator2", "Alligator2"],
  ["alpha", "Alpha"],
  ["alphabet", "Alphabet"],
  ["amc_3_line", "AMC 3 Line"],
  ["amc_aaa01", "AMC AAA01"],
  ["amc_neko", "AMC Neko"],
  ["amc_razor", "AMC Razor"],
  ["amc_razor2", "AMC Razor2"],
  ["amc_slash", "AMC Slash"],
  ["amc_slider", "AMC Slider"],
  ["amc_thin", "AMC Thin"],
  ["amc_tubes", "AMC Tubes"],
  ["amc_untitled", "AMC Untitled"],
  ["ansi_regular", "ANSI Regular"],
  ["ansi_shadow", "ANSI Shadow"],
  ["arrows", "Arrows"],
  ["ascii12", "ASCII 12"],
  ["ascii9", "ASCII 9"],
  ["ascii_new_roman", "ASCII New Roman"],
  ["avatar", "Avatar"],
  ["banner", "Banner"],
  ["banner3", "Banner3"],
  ["banner3-D", "Banner3-D"],
  ["banner4", "Banner4"],
  ["barbwire", "Barbwire"],
  ["basic", "Basic"],
  ["bell", "Bell"],
  ["benjamin", "Benjamin"],
  ["big", "Big"],
  ["big_money-ne", "Big Money-ne"],
  ["big_money-nw", "Big Money-nw"],
  ["big_money-se", "Big Money-se"],
  ["big_money-sw", "Big Money-sw"],
  ["bigascii12", "Big ASCII 12"],
  ["bigascii9", "Big ASCII 9"],
  ["bigchief", "Big Chief"],
  ["bigfig", "Bigfig"],
  ["bigmono12", "Big Mono 12"],
  ["bigmono9", "Big Mono 9"],
  ["block", "Block"],
  ["blocks", "Blocks"],
  ["bloody", "Bloody"],
  ["bolger", "Bolger"],
  ["braced", "Braced"],
  ["bright", "Bright"],
  ["broadway", "Broadway"],
  ["broadway_kb", "Broadway KB"],
  ["bubble", "Bubble"],
  ["bubble__", "Bubble"],
  ["bulbhead", "Bulbhead"],
  ["calgphy2", "Caligraphy2"],
  ["caligraphy", "Caligraphy"],
  ["calvin_s", "Calvin S"],
  ["catwalk", "Catwalk"],
  ["chiseled", "Chiseled"],
  ["chunky", "Chunky"],
  ["circle", "Circle"],
  ["coinstak", "Coinstak"],
  ["colossal", "Colossal"],
  ["computer", "Computer"],
  ["contessa", "Contessa"],
  ["contrast", "Contrast"],
  ["cosmike", "Cosmike"],
  ["crawford", "Crawford"],
  ["crawford2", "Crawford2"],
  ["crazy", "Crazy"],
  ["cricket", "Cricket"],
  ["cursive", "Cursive"],
  ["cyberlarge", "Cyberlarge"],
  ["cybermedium", "Cybermedium"],
  ["cygnet", "Cygnet"],
  ["dancing_font", "Dancing Font"],
  ["def_leppard", "Def Leppard"],
  ["defleppard", "Def Leppard"],
  ["delta_corps_priest_1", "Delta Corps Priest 1"],
  ["diamond", "Diamond"],
  ["diet_cola", "Diet Cola"],
  ["digital", "Digital"],
  ["doh", "Doh"],
  ["doom", "Doom"],
  ["dos_rebel", "DOS Rebel"],
  ["dotmatrix", "Dot Matrix"],
  ["double", "Double"],
  ["double_shorts", "Double Shorts"],
  ["drpepper", "Dr Pepper"],
  ["eftifont", "Efti Font"],
  ["eftirobot", "Efti Robot"],
  ["eftitalic", "Efti Italic"],
  ["eftiwater", "Efti Water"],
  ["electronic", "Electronic"],
  ["elite", "Elite"],
  ["emboss", "Emboss"],
  ["emboss2", "Emboss 2"],
  ["epic", "Epic"],
  ["fender", "Fender"],
  ["filter", "Filter"],
  ["fire_font-k", "Fire Font-k"],
  ["fire_font-s", "Fire Font-s"],
  ["flower_power", "Flower Power"],
  ["fourtops", "Four Tops"],
  ["fraktur", "Fraktur"],
  ["fun_faces", "Fun Faces"],
  ["future", "Future"],
  ["fuzzy", "Fuzzy"],
  ["georgi16", "Georgi16"],
  ["georgia11", "Georgia11"],
  ["ghoulish", "Ghoulish"],
  ["glenyn", "Glenyn"],
  ["gothic", "Gothic"],
  ["gothic__", "Gothic"],
  ["graceful", "Graceful"],
  ["gradient", "Gradient"],
  ["graffiti", "Graffiti"],
  ["henry_3d", "Henry 3D"],
  ["hollywood", "Hollywood"],
  ["impossible", "Impossible"],
  ["invita", "Invita"],
  ["isometric1", "Isometric1"],
  ["isometric2", "Isometric2"],
  ["isometric3", "Isometric3"],
  ["isometric4", "Isometric4"],
  ["italic", "Italic"],
  ["jacky", "Jacky"],
  ["jazmine", "Jazmine"],
  ["js_block_letters", "JS Block Letters"],
  ["js_bracket_letters", "JS Bracket Letters"],
  ["js_capital_curves", "JS Capital Curves"],
  ["js_stick_letters", "JS Stick Letters"],
  ["kban", "Kban"],
  ["knob", "Knob"],
  ["larry3d", "Larry 3D 2"],
  ["lcd", "LCD"],
  ["lean", "Lean"],
  ["letter", "Letter"],
  ["letters", "Letters"],
  ["lil_devil", "Lil Devil"],
  ["line_blocks", "Line Blocks"],
  ["linux", "Linux"],
  ["lockergnome", "Lockergnome"],
  ["madrid", "Madrid"],
  ["marquee", "Marquee"],
  ["maxfour", "Maxfour"],
  ["merlin1", "Merlin1"],
  ["merlin2", "Merlin2"],
  ["mini", "Mini"],
  ["modular", "Modular"],
  ["mono12", "Mono 12"],
  ["mono9", "Mono 9"],
  ["muzzle", "Muzzle"],
  ["nancyj", "Nancyj"],
  ["nancyj-fancy", "Nancyj-Fancy"],
  ["nancyj-improved", "Nancyj-Improved"],
  ["nancyj-underlined", "Nancyj-Underlined"],
  ["nipples", "Nipples"],
  ["nscript", "NScript"],
  ["nvscript", "NV Script"],
  ["o8", "O8"],
  ["ogre", "Ogre"],
  ["old_banner", "Old Banner"],
  ["os2", "OS2"],
  ["pagga", "Pagga"],
  ["patorjk's_cheese", "Patorjk's Cheese"],
  ["pawp", "Pawp"],
  ["peaks", "Peaks"],
  ["pebbles", "Pebbles"],
  ["pepper", "Pepper"],
  ["poison", "Poison"],
  ["puffy", "Puffy"],
  ["rectangles", "Rectangles"],
  ["red_phoenix", "Red Phoenix"],
  ["relief", "Relief"],
  ["rev", "Reverse"],
  ["roman", "Roman"],
  ["roman___", "Roman"],
  ["rounded", "Rounded"],
  ["rowancap", "Rowan Cap"],
  ["rozzo", "Rozzo"],
  ["runic", "Runic"],
  ["santa_clara", "Santa Clara"],
  ["sblood", "S Blood"],
  ["script", "Script"],
  ["script__", "Script"],
  ["serifcap", "Serifcap"],
  ["shadow", "Shadow"],
  ["shimrod", "Shimrod"],
  ["short", "Short"],
  ["sl_script", "SL Script"],
  ["slant", "Slant"],
  ["slant_relief", "Slant Relief"],
  ["slide", "Slide"],
  ["slscript", "Cursive"],
  ["small", "Small"],
  ["small_caps", "Small Caps"],
  ["small_poison", "Small Poison"],
  ["small_shadow", "Small Shadow"],
  ["small_slant", "Small Slant"],
  ["smblock", "Small Block"],
  ["smbraille", "Small Braille"],
  ["smisome1", "Small Isometric1"],
  ["soft", "Soft"],
  ["speed", "Speed"],
  ["spliff", "Spliff"],
  ["stacey", "Stacey"],
  ["stampate", "Stampate"],
  ["stampatello", "Stampatello"],
  ["standard", "Standard"],
  ["star_strips", "Star Strips"],
  ["starwars", "Star Wars"],
  ["stellar", "Stellar"],
  ["stforek", "Stforek"],
  ["stick_letters", "Stick Letters"],
  ["stop", "Stop"],
  ["straight", "Straight"],
  ["stronger_than_all", "Stronger Than All"],
  ["sub-zero", "Sub-Zero"],
  ["swamp_land", "Swamp Land"],
  ["swan", "Swan"],
  ["sweet", "Sweet"],
  ["tanja", "Tanja"],
  ["test1", "Test1"],
  ["the_edge", "The Edge"],
  ["thick", "Thick"],
  ["thin", "Thin"],
  ["this", "THIS"],
  ["thorned", "Thorned"],
  ["threepoint", "Three Point"],
  ["ticks", "Ticks"],
  ["ticksslant", "Ticks Slant"],
  ["tiles", "Tiles"],
  ["tinker-toy", "Tinker-Toy"],
  ["tombstone", "Tombstone"],
  ["train", "Train"],
  ["trek", "Trek"],
  ["tubular", "Tubular"],
  ["twisted", "Twisted"],
  ["twopoint", "Two Point"],
  ["univers", "Univers"],
  ["usaflag", "USA Flag"],
  ["varsity", "Varsity"],
  ["wavy", "Wavy"],
  ["weird", "Weird"],
  ["wet_letter", "Wet Letter"],
  ["whimsy", "Whimsy"],
  ["wideterm", "WideTerm"],
] as [string, FontName][]);

/** pyfiglet's default output width: a block of letters is cut before it reaches 80 columns. */
const WIDTH = 80;

const TEMPLATES = [
  "What word does this say?\n\n{figlet_render}",
  "Please read the following figlet font:\n\n{figlet_render}",
] as const;

/** figlet.js's horizontal layout code for "full width" (no kerning or smushing). */
const FULL_WIDTH = 0;

/**
 * figlet.js's drawing; for kerned and smushed fonts without the blank columns all rows share on
 * the left: pyfiglet smushes the first character into the empty margin, figlet.js keeps them.
 */
function render(text: string, font: FontName): string {
  const drawing = figlet.textSync(text, { font });
  if (figlet.loadFontSync(font).fittingRules.hLayout === FULL_WIDTH) return drawing;
  const rows = drawing.split("\n");
  const inked = rows.filter((row) => row.trim() !== "");
  const margin = Math.min(...inked.map((row) => row.length - row.trimStart().length));
  return margin > 0 && inked.length > 0 ? rows.map((row) => row.slice(margin)).join("\n") : drawing;
}

const blockWidth = (block: string) => Math.max(...block.split("\n").map((row) => row.length));

/**
 * pyfiglet's figlet_format: the text in blocks narrower than WIDTH, each cut at the last space
 * that fits (the space itself dropped) or, without one, before the character that overflows;
 * every block ends with a newline.
 */
function figletFormat(text: string, font: FontName): string {
  let out = "";
  let start = 0;
  while (start < text.length) {
    let end = start + 1;
    let lastBlank = -1;
    while (end < text.length && blockWidth(render(text.slice(start, end + 1), font)) < WIDTH) {
      if (text[end] === " ") lastBlank = end;
      end++;
    }
    if (end < text.length && text[end] === " ") lastBlank = end;
    const cut = end >= text.length ? end : lastBlank > start ? lastBlank : end;
    out += `${render(text.slice(start, cut), font)}\n`;
    start = cut < text.length && text[cut] === " " ? cut + 1 : cut;
  }
  return out;
}

/** RG's normalisation: spaces removed, stripped, lower case. */
const normalise = (text: string) => pyStrip(text.replaceAll(" ", "")).toLowerCase();

export const figletFont = defineLogicTask({
  name: "figlet_font",
  category: "cognition",
  curriculum: {
    word_len: range("min_word_len", "max_word_len", [3, 5, 10, 15, 20, 30], true),
  },
  description: "Read a word drawn in a FIGlet font.",
  config: z.object({
    static_word: z.string().min(1).max(200).nullable().default(null),
    static_font: z
      .string()
      .refine((name) => FONTS.has(name), {
        message: "static_font must be one of the fonts figlet.js ships (see the README)",
      })
      .nullable()
      .default(null),
    min_word_len: z.number().int().positive().default(3),
    max_word_len: z.number().int().positive().default(7),
    space_letters: z.boolean().default(true),
  }),
  generate(rng, config) {
    const word =
      config.static_word ??
      rng.pick(wordsOfLength(config.min_word_len, config.max_word_len)).toUpperCase();
    const text = config.space_letters ? [...word].join(" ") : word;
    const font = config.static_font ?? rng.pick([...FONTS.keys()]);
    const drawing = figletFormat(text, FONTS.get(font) as FontName);
    return {
      question: rng.pick(TEMPLATES).replace("{figlet_render}", drawing),
      answer: word,
      metadata: {
        font,
        space_letters: config.space_letters,
        difficulty: { word_len: [config.min_word_len, config.max_word_len] },
      },
    };
  },
  score(answer, entry) {
    if (answer === null || entry.answer === null) return 0;
    const given = [...normalise(answer)];
    const word = [...pyStrip(entry.answer).toLowerCase()];
    if (given.join("") === word.join("")) return 1;
    const matching = word.filter((ch, i) => given[i] === ch).length;
    return Math.min(0.1 * matching, 0.9);
  },
});

export { figletFormat as figletFormatForTests };
