import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { errorMessage } from "./task.js";

/**
 * Reads a YAML or JSON config file and hands the value to `parse` with the file's directory
 * (the base of the relative paths inside it). Every error is one line naming the file:
 * "x.yaml: no such blend file", "x.yaml: not valid YAML/JSON (...)", "x.yaml: <parse error>".
 */
export async function loadConfigFile<T>(
  path: string,
  kind: string,
  parse: (value: unknown, baseDir: string) => T,
): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new Error(`${path}: no such ${kind} file`);
  }
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new Error(`${path}: not valid YAML/JSON (${errorMessage(error).split("\n")[0]})`);
  }
  try {
    return parse(value, dirname(resolve(path)));
  } catch (error) {
    throw new Error(`${path}: ${errorMessage(error)}`);
  }
}
