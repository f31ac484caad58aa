// Planned in issue #5 (@prorl/task-logic: Reasoning Gym in TypeScript). Nothing is exported until it works.
export {};
