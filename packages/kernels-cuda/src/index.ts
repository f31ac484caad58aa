// Planned in issue #11 (@prorl/kernels-cuda: native backend, CPU and CUDA targets). Nothing is exported until it works.
export {};
