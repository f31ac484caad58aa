// Planned in issue #7 (@prorl/model: a Qwen2-family policy on TensorFlow.js). Nothing is exported until it works.
export {};
