import * as tf from "@tensorflow/tfjs-core";

// ||g|| = sqrt(sum_k sum_j g_kj^2)
export function globalNorm(grads: Readonly<Record<string, tf.Tensor>>): number {
  const norm = tf.tidy(() => {
    let total = tf.scalar(0);
    for (const g of Object.values(grads)) total = tf.add(total, tf.sum(tf.square(g)));
    return tf.sqrt(total);
  });
  const value = norm.dataSync()[0] as number;
  norm.dispose();
  return value;
}

export interface ClippedGradients {
  grads: Record<string, tf.Tensor>;
  /** Global norm before clipping. */
  norm: number;
  /** The factor the gradients were multiplied by (1 when under the limit or not finite). */
  scale: number;
  /** False when the norm is NaN or infinite: gradients are returned unscaled; skip the step. */
  finite: boolean;
}

// g_k <- g_k * min(1, c / (||g|| + 1e-6))   (torch.nn.utils.clip_grad_norm_)
/** Returns new gradient tensors; the caller disposes both the inputs and the outputs. */
export function clipByGlobalNorm(
  grads: Readonly<Record<string, tf.Tensor>>,
  maxNorm: number,
): ClippedGradients {
  const norm = globalNorm(grads);
  const finite = Number.isFinite(norm);
  const scale = finite ? Math.min(1, maxNorm / (norm + 1e-6)) : 1;
  const out: Record<string, tf.Tensor> = {};
  for (const [name, g] of Object.entries(grads)) out[name] = tf.mul(g, scale);
  return { grads: out, norm, scale, finite };
}
