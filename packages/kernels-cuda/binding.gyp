{
  # Built by scripts/build-native.mjs, which detects OpenBLAS and OpenMP and passes the result in
  # the environment (PRORL_USE_CBLAS, PRORL_USE_OPENMP).
  "variables": {
    "use_cblas%": "<!(node -p \"process.env.PRORL_USE_CBLAS || '0'\")",
    "use_openmp%": "<!(node -p \"process.env.PRORL_USE_OPENMP || '0'\")",
    "march%": "<!(node -p \"process.env.PRORL_MARCH || 'native'\")"
  },
  "targets": [
    {
      "target_name": "prorl_native_cpu",
      "sources": ["native/cpu/addon.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_CPP_EXCEPTIONS"],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions", "-fno-rtti"],
      "cflags_cc": ["-O3", "-march=<(march)", "-std=c++17", "-fexceptions"],
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
