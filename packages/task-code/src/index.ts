// Planned in issue #4 (@prorl/task-code: sandbox and PRIME-compatible rewards). Nothing is exported until it works.
export {};
