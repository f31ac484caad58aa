// A task package that exports `name` and `tasks` as named exports instead of a default.
import userTasks from "./user-tasks.mjs";

export const name = "named-user-tasks";
export const tasks = userTasks.tasks.map((task) => ({
  ...task,
  id: task.id.replace("user/", "named/"),
}));
