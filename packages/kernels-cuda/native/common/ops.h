// The codes both targets' addons and the JavaScript side agree on: dtypes, and the ops of the
// unary, binary and reduce kernels. Each list is written once, here, as an X-macro of
// (code, TensorFlow.js name): the position in the list is the number passed from JavaScript.
// The addons export the names (opTables() in napi-args.h) and src/kernels.test.ts checks that
// src/kernels.ts and src/native.ts use the same numbers. Plain C++, included by nvcc too.
#pragma once

namespace prorl {

#define PRORL_DTYPES(X) X(F32, "float32") X(I32, "int32") X(BOOL, "bool")

#define PRORL_UNARY_OPS(X)                                                                    \
  X(U_NEG, "Neg") X(U_EXP, "Exp") X(U_LOG, "Log") X(U_RSQRT, "Rsqrt") X(U_SQRT, "Sqrt")       \
  X(U_SQUARE, "Square") X(U_SIGMOID, "Sigmoid") X(U_ABS, "Abs")                              \
  X(U_RECIPROCAL, "Reciprocal") X(U_TANH, "Tanh") X(U_RELU, "Relu") X(U_SIGN, "Sign")         \
  X(U_LOG1P, "Log1p") X(U_EXPM1, "Expm1") X(U_FLOOR, "Floor") X(U_CEIL, "Ceil")               \
  X(U_ROUND, "Round") X(U_SIN, "Sin") X(U_COS, "Cos") X(U_SOFTPLUS, "Softplus")               \
  X(U_LOGICAL_NOT, "LogicalNot") X(U_ERF, "Erf") X(U_IS_NAN, "IsNan") X(U_ELU, "Elu")         \
  X(U_SELU, "Selu") X(U_STEP, "Step")

#define PRORL_BINARY_OPS(X)                                                                   \
  X(B_ADD, "Add") X(B_SUB, "Sub") X(B_MUL, "Multiply") X(B_DIV, "RealDiv")                    \
  X(B_MAX, "Maximum") X(B_MIN, "Minimum") X(B_POW, "Pow") X(B_SQDIFF, "SquaredDifference")    \
  X(B_FLOORDIV, "FloorDiv") X(B_MOD, "Mod") X(B_EQ, "Equal") X(B_NE, "NotEqual")              \
  X(B_LT, "Less") X(B_LE, "LessEqual") X(B_GT, "Greater") X(B_GE, "GreaterEqual")             \
  X(B_AND, "LogicalAnd") X(B_OR, "LogicalOr") X(B_ATAN2, "Atan2")

#define PRORL_REDUCE_OPS(X)                                                                   \
  X(R_SUM, "Sum") X(R_MEAN, "Mean") X(R_MAX, "Max") X(R_MIN, "Min") X(R_PROD, "Prod")         \
  X(R_ALL, "All") X(R_ANY, "Any") X(R_ARGMAX, "ArgMax") X(R_ARGMIN, "ArgMin")

#define PRORL_OP_CODE(code, name) code,
#define PRORL_OP_NAME(code, name) name,

enum DType { PRORL_DTYPES(PRORL_OP_CODE) DTYPE_COUNT };
enum Unary { PRORL_UNARY_OPS(PRORL_OP_CODE) U_COUNT };
enum Binary { PRORL_BINARY_OPS(PRORL_OP_CODE) B_COUNT };
enum Reduce { PRORL_REDUCE_OPS(PRORL_OP_CODE) R_COUNT };

/** Names of the codes above, in code order: kUnaryNames[U_EXP] is "Exp". */
constexpr const char* kDTypeNames[] = {PRORL_DTYPES(PRORL_OP_NAME)};
constexpr const char* kUnaryNames[] = {PRORL_UNARY_OPS(PRORL_OP_NAME)};
constexpr const char* kBinaryNames[] = {PRORL_BINARY_OPS(PRORL_OP_NAME)};
constexpr const char* kReduceNames[] = {PRORL_REDUCE_OPS(PRORL_OP_NAME)};

#undef PRORL_OP_CODE
#undef PRORL_OP_NAME

/** Bytes of one element of a dtype. */
inline int dtypeBytes(int dtype) { return dtype == BOOL ? 1 : 4; }

}  // namespace prorl
