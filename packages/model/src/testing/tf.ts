// Test-only: the pure-JS cpu backend, selected once.
import "@tensorflow/tfjs-backend-cpu";
import "../gradients.js";
import * as tf from "@tensorflow/tfjs-core";

await tf.setBackend("cpu");

export { tf };
