// Planned in issue #6 (@prorl/task-stem: science answers). Nothing is exported until it works.
export {};
