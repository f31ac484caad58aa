import type { ConfigChange } from "./records.js";

/**
 * The keys that make a run what it is. Resuming with other values would silently train another
 * run from the next step on, so `--resume` refuses unless forced; other keys (`steps`, learning
 * rate, validation) may change on resume.
 */
export const IDENTITY_KEYS = ["seed", "model", "blend", "prompts", "tasks"] as const;

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** Leaf-level differences between two JSON values, with dotted paths. */
export function jsonDiff(from: unknown, to: unknown, path = ""): ConfigChange[] {
  if (Array.isArray(from) && Array.isArray(to)) {
    const out: ConfigChange[] = [];
    for (let i = 0; i < Math.max(from.length, to.length); i++) {
      out.push(...jsonDiff(from[i], to[i], path ? `${path}.${i}` : `${i}`));
    }
    return out;
  }
  if (isObject(from) && isObject(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
    return keys.flatMap((k) => jsonDiff(from[k], to[k], path ? `${path}.${k}` : k));
  }
  return JSON.stringify(from) === JSON.stringify(to) ? [] : [{ path, from, to }];
}

/** Differences in the identity keys between the config a run was made with and a new one. */
export function identityChanges(saved: unknown, current: unknown): ConfigChange[] {
  const pick = (c: unknown) =>
    Object.fromEntries(IDENTITY_KEYS.map((k) => [k, isObject(c) ? c[k] : undefined]));
  // Through JSON, as config.json was written: undefined keys vanish, as they do there.
  const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v) ?? "null");
  return jsonDiff(plain(pick(saved)), plain(pick(current)));
}

const shown = (v: unknown) => {
  const text = v === undefined ? "(unset)" : JSON.stringify(v);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

/** "seed 7 -> 8; blend.components.0.count 600 -> 500" (the first few, then a count). */
export function formatChanges(changes: readonly ConfigChange[], most = 4): string {
  const listed = changes.slice(0, most).map((c) => `${c.path} ${shown(c.from)} -> ${shown(c.to)}`);
  const more = changes.length > most ? `; and ${changes.length - most} more` : "";
  return `${listed.join("; ")}${more}`;
}
