// A task package whose own dependency is missing: the error must name that dependency.
import "prorl-fixture-dependency-that-does-not-exist";

export default { name: "broken", tasks: [] };
