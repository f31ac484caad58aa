// A module that loads fine but is not a task package.
export default function notATaskPackage() {
  return 42;
}
export const name = "not-a-package";
