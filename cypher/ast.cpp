#include "ast.h"
#include "kg/graph/text.h"

namespace kg::cypher::detail {

std::string_view op_text(Op op) {
  switch (op) {
    case Op::none:
      return "";
    case Op::not_:
      return "NOT";
    case Op::negate:
    case Op::subtract:
      return "-";
    case Op::plus:
    case Op::add:
      return "+";
    case Op::or_:
      return "OR";
    case Op::xor_:
      return "XOR";
    case Op::and_:
      return "AND";
    case Op::multiply:
      return "*";
    case Op::divide:
      return "/";
    case Op::modulo:
      return "%";
    case Op::power:
      return "^";
    case Op::in:
      return "IN";
    case Op::starts_with:
      return "STARTS WITH";
    case Op::ends_with:
      return "ENDS WITH";
    case Op::contains:
      return "CONTAINS";
    case Op::regex:
      return "=~";
    case Op::eq:
      return "=";
    case Op::ne:
      return "<>";
    case Op::lt:
      return "<";
    case Op::gt:
      return ">";
    case Op::le:
      return "<=";
    case Op::ge:
      return ">=";
    case Op::all:
      return "all";
    case Op::any:
      return "any";
    case Op::none_of:
      return "none";
    case Op::single:
      return "single";
  }
  return "";
}

namespace {

bool same_literal(const query::Value& a, const query::Value& b) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case query::Value::Kind::null:
      return true;
    case query::Value::Kind::boolean:
      return a.as_boolean() == b.as_boolean();
    case query::Value::Kind::integer:
      return a.as_integer() == b.as_integer();
    case query::Value::Kind::real:
      return a.as_real() == b.as_real();
    case query::Value::Kind::string:
      return a.as_string() == b.as_string();
    default:
      return false;  // literals are scalars
  }
}

}  // namespace

bool same_expression(const Expr& a, const Expr& b) {
  if (a.kind != b.kind || a.op != b.op || a.distinct != b.distinct || a.star != b.star ||
      a.has_subject != b.has_subject || a.has_else != b.has_else || a.ops != b.ops ||
      a.children.size() != b.children.size() || a.pattern || b.pattern) {
    return false;
  }
  // Names are case-insensitive for functions (count vs COUNT), exact otherwise.
  if (a.kind == ExprKind::call) {
    if (!graph::equals_ascii_folded(a.name, b.name)) return false;
  } else if (a.name != b.name) {
    return false;
  }
  if (a.names != b.names || !same_literal(a.value, b.value)) return false;
  for (std::size_t i = 0; i < a.children.size(); ++i) {
    const Expr* x = a.children[i].get();
    const Expr* y = b.children[i].get();
    if ((x == nullptr) != (y == nullptr)) return false;
    if (x != nullptr && !same_expression(*x, *y)) return false;
  }
  return true;
}

}  // namespace kg::cypher::detail
