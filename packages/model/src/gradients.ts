// Registers TensorFlow.js's gradient functions (tfjs-core alone ships without them, so
// tf.variableGrads fails with "gradient function not found"). The registry is global: registering
// twice, or alongside @tensorflow/tfjs or @prorl/grpo, is harmless. tsup bundles this module into
// dist because its ESM sources use extensionless imports that plain Node cannot resolve.
// The package entry first: loading the gradient modules before it leaves tensors created later
// without their op handler ("Cannot read properties of null (reading 'cast')") under vitest.
import "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-core/dist/register_all_gradients";
