import { describe, expect, it } from "vitest";
import {
  afterThink,
  allBoxed,
  allCodeBlocks,
  lastAnswerTag,
  lastBoxed,
  lastCodeBlock,
} from "./extract.js";
import { Rng } from "./rng.js";

describe("afterThink", () => {
  it("returns the text after the last </think>", () => {
    expect(afterThink("<think>a</think>b<think>c</think> final")).toBe(" final");
  });
  it("returns the whole response when there is no </think>", () => {
    expect(afterThink("<think>unfinished reasoning")).toBe("<think>unfinished reasoning");
    expect(afterThink("")).toBe("");
  });
});

describe("lastBoxed / allBoxed", () => {
  it("finds a simple box", () => {
    expect(lastBoxed("so the answer is \\boxed{42}.")).toBe("42");
  });
  it("matches nested braces", () => {
    expect(lastBoxed("\\boxed{\\frac{1}{2}}")).toBe("\\frac{1}{2}");
    expect(lastBoxed("$\\boxed{\\left\\{ x^{2} \\right\\}}$")).toBe("\\left\\{ x^{2} \\right\\}");
  });
  it("accepts \\fbox and a space before the brace", () => {
    expect(lastBoxed("\\fbox{7}")).toBe("7");
    expect(lastBoxed("\\boxed {8}")).toBe("8");
  });
  it("reads the brace-less form \\boxed 5", () => {
    expect(lastBoxed("the answer is $\\boxed 5$")).toBe("5");
    expect(lastBoxed("\\boxed 12 apples")).toBe("12");
    expect(allBoxed("\\boxed 5")).toEqual([{ content: "5", start: 0, end: 8 }]);
  });
  it("treats \\{ and \\} as literal braces", () => {
    expect(lastBoxed("\\boxed{\\{1, 2\\}}")).toBe("\\{1, 2\\}");
    // the escaped closing brace does not close the box, so it stays open
    expect(lastBoxed("\\boxed{3\\}")).toBeNull();
  });
  it("skips unclosed boxes", () => {
    expect(lastBoxed("\\boxed{3")).toBeNull();
    expect(lastBoxed("\\boxed{1} and then \\boxed{2")).toBe("1");
    expect(lastBoxed("no box here")).toBeNull();
  });
  it("takes the last of several boxes, and lists them all in order", () => {
    const text = "\\boxed{1}, \\fbox{2} and \\boxed{3}";
    expect(lastBoxed(text)).toBe("3");
    expect(allBoxed(text).map((b) => b.content)).toEqual(["1", "2", "3"]);
  });
  it("gives offsets that slice out the whole box", () => {
    const text = "x \\boxed{a{b}} y";
    const [box] = allBoxed(text);
    expect(box && text.slice(box.start, box.end)).toBe("\\boxed{a{b}}");
  });
  it("unwraps a box that holds only another box", () => {
    expect(lastBoxed("\\boxed{\\boxed{6}}")).toBe("6");
    expect(lastBoxed("\\boxed{ \\fbox{\\boxed{7}} }")).toBe("7");
    expect(allBoxed("\\boxed{\\boxed{6}}").map((b) => b.content)).toEqual(["6", "\\boxed{6}"]);
  });
  it("keeps the outer box when it holds more than a box", () => {
    expect(lastBoxed("\\boxed{x = \\boxed{6}}")).toBe("x = \\boxed{6}");
    expect(lastBoxed("\\boxed{\\boxed{1} + \\boxed{2}}")).toBe("\\boxed{1} + \\boxed{2}");
  });
  it("ignores an empty string", () => {
    expect(allBoxed("")).toEqual([]);
  });
});

describe("lastAnswerTag", () => {
  it("returns the inner text of the last pair, untrimmed", () => {
    expect(lastAnswerTag("<answer>1</answer> then <answer> 2 </answer>")).toBe(" 2 ");
  });
  it("follows Reasoning Gym's non-greedy, left-to-right matching", () => {
    // re.finditer(r"<answer>(.*?)</answer>", s, re.DOTALL)[-1]
    expect(lastAnswerTag("<answer>a<answer>b</answer>")).toBe("a<answer>b");
    expect(lastAnswerTag("<answer>a</answer>b</answer>")).toBe("a");
    expect(lastAnswerTag("<answer>x\ny</answer>")).toBe("x\ny");
  });
  it("returns null without a complete pair", () => {
    expect(lastAnswerTag("<answer>open")).toBeNull();
    expect(lastAnswerTag("closed</answer>")).toBeNull();
    expect(lastAnswerTag("<answer>1</answer><answer>2")).toBe("1");
  });
  it("takes another tag name", () => {
    expect(lastAnswerTag("<final>ok</final>", "final")).toBe("ok");
    expect(lastAnswerTag("<answer>no</answer>", "final")).toBeNull();
  });
});

describe("allCodeBlocks / lastCodeBlock", () => {
  const text = [
    "First:",
    "```python",
    "print(1)",
    "```",
    "Then:",
    "```js",
    "console.log(2)",
    "```",
    "And:",
    "```Python title=x",
    "print(3)",
    "```",
  ].join("\n");

  it("lists every complete block with its language", () => {
    expect(allCodeBlocks(text)).toEqual([
      { language: "python", code: "print(1)\n" },
      { language: "js", code: "console.log(2)\n" },
      { language: "python", code: "print(3)\n" },
    ]);
  });
  it("filters by language, case-insensitively", () => {
    expect(lastCodeBlock(text, "js")).toBe("console.log(2)\n");
    expect(lastCodeBlock(text, "PYTHON")).toBe("print(3)\n");
    expect(lastCodeBlock(text, "py", "js")).toBe("console.log(2)\n");
    expect(lastCodeBlock(text)).toBe("print(3)\n");
    expect(lastCodeBlock(text, "rust")).toBeNull();
  });
  it("gives an empty language to a bare fence", () => {
    expect(allCodeBlocks("```\nx\n```")).toEqual([{ language: "", code: "x\n" }]);
  });
  it("ignores an unclosed fence", () => {
    expect(lastCodeBlock("```python\nprint(1)")).toBeNull();
    expect(lastCodeBlock("```python\nprint(1)\n```\n```python\nprint(2)", "python")).toBe(
      "print(1)\n",
    );
    expect(lastCodeBlock("```python")).toBeNull();
  });
  it("does not open a block at a ``` quoted inside a line", () => {
    const prose = "Use ``` to open a block.\n```python\nprint(1)\n```";
    expect(lastCodeBlock(prose, "python")).toBe("print(1)\n");
  });
  it("accepts indented fences, CRLF line ends and a closing fence at the end of a line", () => {
    expect(lastCodeBlock("1. step\n   ```py\n   x = 1\n   ```", "py")).toBe("   x = 1\n   ");
    expect(lastCodeBlock("```python\r\nprint(1)\r\n```", "python")).toBe("print(1)\r\n");
    expect(lastCodeBlock("```python\nprint(1)```", "python")).toBe("print(1)");
  });
});

describe("hostile input stays fast", () => {
  // Each case is linear work; a backtracking or quadratic scan would take seconds to minutes.
  // The bound is generous, and it is on the CPU time this process spends, not on wall time,
  // so that a busy CI machine that deschedules the test cannot make it flaky.
  const BOUND_MS = 500;
  const N = 100_000;

  function timed<T>(fn: () => T): { value: T; ms: number } {
    const start = process.cpuUsage();
    const value = fn();
    const used = process.cpuUsage(start);
    return { value, ms: (used.user + used.system) / 1000 };
  }

  it("1 MB of unbalanced braces around a box", () => {
    const text = `${"{".repeat(N)}${"x".repeat(800_000)}\\boxed{5}${"}".repeat(N)}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const { value, ms } = timed(() => lastBoxed(text));
    expect(value).toBe("5");
    expect(ms).toBeLessThan(BOUND_MS);
  });
  it("100k \\boxed{ openings that never close", () => {
    const text = `\\boxed{1}${"\\boxed{".repeat(N)}`;
    const { value, ms } = timed(() => lastBoxed(text));
    expect(value).toBe("1");
    expect(ms).toBeLessThan(BOUND_MS);
  });
  it("100k nested boxes", () => {
    const text = `${"\\boxed{".repeat(N)}9${"}".repeat(N)}`;
    const { value, ms } = timed(() => lastBoxed(text));
    expect(value).toBe("9");
    expect(ms).toBeLessThan(BOUND_MS);
  });
  it("100k brace-less boxes with no spaces between them", () => {
    const text = "\\boxed x".repeat(N);
    const { value, ms } = timed(() => allBoxed(text));
    expect(value).toHaveLength(N);
    expect(value.at(-1)?.content).toBe("x");
    expect(ms).toBeLessThan(BOUND_MS);
  });
  it("100k <answer> openings", () => {
    const text = `<answer>ok</answer>${"<answer>".repeat(N)}`;
    const { value, ms } = timed(() => lastAnswerTag(text));
    expect(value).toBe("ok");
    expect(ms).toBeLessThan(BOUND_MS);
  });
  it("100k <answer> openings before one closing tag", () => {
    const text = `${"<answer>".repeat(N)}x</answer>`;
    const { value, ms } = timed(() => lastAnswerTag(text));
    expect(value).toBe(`${"<answer>".repeat(N - 1)}x`);
    expect(ms).toBeLessThan(BOUND_MS);
  });
  it("100k ``` fences, inline and on their own lines", () => {
    const inline = `\`\`\`py\nfine\n\`\`\`\n${"a```".repeat(N)}`;
    const own = "```\n".repeat(N);
    const { value, ms } = timed(() => [lastCodeBlock(inline, "py"), allCodeBlocks(own).length]);
    expect(value).toEqual(["fine\n", N / 2]);
    expect(ms).toBeLessThan(BOUND_MS);
  });
  it("1 MB with 100k </think> tags", () => {
    const text = `${"</think>".repeat(N)}tail`;
    const { value, ms } = timed(() => afterThink(text));
    expect(value).toBe("tail");
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe("agreement with plain reference implementations on random text", () => {
  // Small random strings built from the tokens that matter, compared with straightforward
  // implementations of the same rules (fine on short input, too slow or unsafe on hostile input).
  const rng = new Rng(20_241_123, "extract-differential");

  function randomText(tokens: readonly string[], maxTokens = 14): string {
    const length = rng.int(0, maxTokens);
    return Array.from({ length }, () => rng.pick(tokens)).join("");
  }

  it("lastAnswerTag matches the last match of Reasoning Gym's regex", () => {
    const tokens = ["<answer>", "</answer>", "a", "b", "\n", "<", ">", "</", "answer"];
    for (let i = 0; i < 3_000; i++) {
      const text = randomText(tokens);
      const matches = [...text.matchAll(/<answer>([\s\S]*?)<\/answer>/g)];
      expect(lastAnswerTag(text), JSON.stringify(text)).toBe(matches.at(-1)?.[1] ?? null);
    }
  });

  it("allCodeBlocks matches a line-anchored regex", () => {
    const tokens = ["```", "```py", "```Python x", "\n", " ", "a", "`", "\t"];
    for (let i = 0; i < 3_000; i++) {
      const text = randomText(tokens, 16);
      const expected = [...text.matchAll(/^[ \t]*```([^\n]*)\n([\s\S]*?)```/gm)].map((m) => ({
        language: ((m[1] ?? "").trim().split(/\s/)[0] ?? "").replace(/^`+/, "").toLowerCase(),
        code: m[2],
      }));
      expect(allCodeBlocks(text), JSON.stringify(text)).toEqual(expected);
    }
  });

  it("lastBoxed matches a box-by-box forward scan", () => {
    const tokens = ["\\boxed", "\\fbox", "{", "}", "\\{", "\\}", " ", "x", "1", "\\", "$", "\\\\"];
    for (let i = 0; i < 5_000; i++) {
      const text = randomText(tokens, 16);
      expect(lastBoxed(text), JSON.stringify(text)).toBe(referenceLastBoxed(text));
    }
  });
});

interface RefBox {
  start: number;
  end: number;
  from: number;
  to: number;
}

/** Every box found by scanning forward from each command: quadratic, but obviously right. */
function referenceBoxes(text: string): RefBox[] {
  const boxes: RefBox[] = [];
  for (let at = 0; at < text.length; at++) {
    const command = ["\\boxed", "\\fbox"].find((c) => text.startsWith(c, at));
    if (!command) continue;
    const box = referenceBoxAt(text, at, command);
    if (box) boxes.push(box);
  }
  return boxes;
}

function referenceBoxAt(text: string, at: number, command: string): RefBox | undefined {
  let i = at + command.length;
  while (text[i] === " " || text[i] === "\t") i++;
  if (text[i] === "{") {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      if (text[j] === "\\") j++;
      else if (text[j] === "{") depth++;
      else if (text[j] === "}" && --depth === 0)
        return { start: at, from: i + 1, to: j, end: j + 1 };
    }
    return undefined;
  }
  if (command !== "\\boxed" || i === at + command.length) return undefined;
  const token = /^[^\s$\\]+/.exec(text.slice(i))?.[0];
  return token ? { start: at, from: i, to: i + token.length, end: i + token.length } : undefined;
}

function referenceLastBoxed(text: string): string | null {
  const boxes = referenceBoxes(text);
  if (boxes.length === 0) return null;
  let last = boxes.reduce((a, b) =>
    b.end > a.end || (b.end === a.end && b.start < a.start) ? b : a,
  );
  for (;;) {
    const braced = last.to !== last.end;
    const inner = text.slice(last.from, last.to);
    const trimmed = inner.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
    const offset = last.from + (inner.length - inner.replace(/^[ \t\r\n]+/, "").length);
    const candidate = boxes.find((b) => b.start === offset && b.end === offset + trimmed.length);
    if (!braced || !candidate) return inner;
    last = candidate;
  }
}
