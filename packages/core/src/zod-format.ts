import type { z } from "zod";

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/**
 * One line per issue: `path.to.key: message`, joined with "; ". A value that matches no
 * branch of a union is explained by the branch it came closest to (fewest issues), or by
 * the closest branches side by side when they tie.
 */
export function formatZodError(error: z.ZodError): string {
  return formatIssues(error.issues, []);
}

function formatIssues(issues: readonly Issue[], prefix: readonly PathKey[]): string {
  return issues.map((issue) => formatIssue(issue, [...prefix, ...issue.path])).join("; ");
}

function formatIssue(issue: Issue, path: readonly PathKey[]): string {
  const fewest = issue.code === "invalid_union" ? shortestBranch(issue.errors) : 0;
  if (issue.code === "invalid_union" && fewest > 0) {
    const closest = issue.errors.filter((branch) => branch.length === fewest);
    const texts = [...new Set(closest.map((branch) => formatIssues(branch, path)))];
    if (texts.length === 1) return texts[0] as string;
    return `${at(path)}${issue.message}, expected one of: ${texts.map((t) => `(${t})`).join(" or ")}`;
  }
  return `${at(path)}${issue.message}`;
}

function shortestBranch(branches: readonly (readonly Issue[])[]): number {
  return branches.length ? Math.min(...branches.map((branch) => branch.length)) : 0;
}

function at(path: readonly PathKey[]): string {
  return path.length ? `${path.map(String).join(".")}: ` : "";
}
