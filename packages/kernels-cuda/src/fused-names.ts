// The fused kernels' names: the contract between this backend, which registers them, and
// @prorl/model, which calls them by name. A separate entry point (`@prorl/kernels-cuda/fused-names`)
// without side effects, so that the model can import it without loading the addon.

/** Kernel names of the fused kernels and their gradients. */
export const FUSED = {
  rope: "ProrlRotary",
  ropeGrad: "ProrlRotaryGrad",
  rmsNorm: "ProrlRMSNorm",
  rmsNormGrad: "ProrlRMSNormGrad",
  swiglu: "ProrlSwiGLU",
  swigluGrad: "ProrlSwiGLUGrad",
  logProbEntropy: "ProrlTokenLogProbEntropy",
  logProbEntropyGrad: "ProrlTokenLogProbEntropyGrad",
  attention: "ProrlCausalAttention",
  attentionGrad: "ProrlCausalAttentionGrad",
} as const;
