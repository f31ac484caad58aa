// Planned in issue #6 (@prorl/task-if: IFEval instruction checkers). Nothing is exported until it works.
export {};
