// Planned in issue #3 (@prorl/task-math: math verifier and sources). Nothing is exported until it works.
export {};
