{
  # Built by scripts/build-native.mjs, which detects OpenBLAS and OpenMP and passes the result in
  # the environment (PRORL_USE_CBLAS, PRORL_USE_OPENMP). Sources: every .cc file of native/cpu.
  # -ffp-contract=off keeps `a * b + c` two roundings unless the code asks for a fused
  # multiply-add, so results do not depend on what the compiler chooses (the builtin GEMM's FMAs
  # are written out).
  "variables": {
    "use_cblas%": "<!(node -p \"process.env.PRORL_USE_CBLAS || '0'\")",
    "use_openmp%": "<!(node -p \"process.env.PRORL_USE_OPENMP || '0'\")",
    "march%": "<!(node -p \"process.env.PRORL_MARCH || 'native'\")"
  },
  "targets": [
    {
      "target_name": "prorl_native_cpu",
      "sources": [
        "<!@(node -p \"require('fs').readdirSync('native/cpu').filter((f) => f.endsWith('.cc')).map((f) => 'native/cpu/' + f).join(' ')\")"
      ],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_CPP_EXCEPTIONS"],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions", "-fno-rtti"],
      "cflags_cc": ["-O3", "-march=<(march)", "-std=c++17", "-fexceptions", "-ffp-contract=off"],
      "conditions": [
        ["use_cblas==1", {
          "defines": ["PRORL_HAVE_CBLAS"],
          "libraries": ["-lopenblas"]
        }],
        ["use_openmp==1", {
          "cflags_cc": ["-fopenmp"],
          "ldflags": ["-fopenmp"]
        }]
      ]
    }
  ]
}
