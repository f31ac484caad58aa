import { fileURLToPath } from "node:url";

/** The shipped ProRL blend (math 40K, code 24K, STEM 25K, logic 37K, IF 10K = 136K). */
export const PRORL_BLEND_PATH = fileURLToPath(
  new URL("../blends/prorl-136k.yaml", import.meta.url),
);
