// Registers TensorFlow.js's gradient functions (tfjs-core alone ships without them, so
// tf.variableGrads fails with "gradient function not found"). The registry is global: registering
// twice, or alongside @tensorflow/tfjs or @prorl/grpo, is harmless. tsup bundles this module into
// dist because its ESM sources use extensionless imports that plain Node cannot resolve.
import "@tensorflow/tfjs-core/dist/register_all_gradients";
