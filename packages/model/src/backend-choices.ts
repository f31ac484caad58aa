// The backends selectBackend accepts, in a side-effect-free entry (`@prorl/model/backend-choices`)
// so that configuration schemas can list them without loading TensorFlow.js.

/** `auto` tries cuda, tensorflow, native, wasm, then cpu. */
export const BACKEND_CHOICES = ["auto", "cuda", "tensorflow", "native", "wasm", "cpu"] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];
