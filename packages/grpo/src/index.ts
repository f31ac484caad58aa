// Planned in issue #8 (@prorl/grpo: the ProRL objective). Nothing is exported until it works.
export {};
