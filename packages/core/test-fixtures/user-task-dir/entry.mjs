// A user's task package as a directory with its own package.json (an `exports` map with only an
// `import` condition): the registry loads it by the directory's path.
import userTasks from "../user-tasks.mjs";

export default { ...userTasks, name: "user-task-dir" };
