// Expressions that read into values: property access, indexing and slicing, list and map literals.
#include <fmt/format.h>

#include <algorithm>

#include "element_properties.h"
#include "expression.h"

namespace kg::cypher::detail {
namespace {

class PropertyAccess final : public Expression {
 public:
  PropertyAccess(std::uint32_t offset, ExpressionPtr object, std::string key)
      : Expression(offset, ExpressionKind::property), key_(std::move(key)) {
    children_.push_back(std::move(object));
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    const Value object = children_[0]->eval(row, ctx);
    switch (object.kind()) {
      case Value::Kind::null:
        return {};
      case Value::Kind::node:
        return node_property(ctx.graph, object.as_node(), key_);
      case Value::Kind::relationship:
        return relationship_property(ctx, object.as_relationship(), key_);
      case Value::Kind::map: {
        const Value* found = object.find(key_);
        return found != nullptr ? *found : Value();
      }
      default:
        ctx.fail(offset_, fmt::format("cannot read property {} of {}", key_, query::kind_name(object.kind())));
    }
  }
  std::string describe() const override { return children_[0]->describe() + "." + key_; }
  const std::string* property_name() const override { return &key_; }

 private:
  std::string key_;
};

// A list index from the end when negative; nullopt when out of range.
std::optional<std::size_t> list_position(std::int64_t index, std::size_t size) {
  const auto signed_size = static_cast<std::int64_t>(size);
  if (index < 0) index += signed_size;
  if (index < 0 || index >= signed_size) return std::nullopt;
  return static_cast<std::size_t>(index);
}

class IndexAccess final : public Expression {
 public:
  IndexAccess(std::uint32_t offset, ExpressionPtr object, ExpressionPtr index) : Expression(offset) {
    children_.push_back(std::move(object));
    children_.push_back(std::move(index));
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    const Value object = children_[0]->eval(row, ctx);
    const Value index = children_[1]->eval(row, ctx);
    if (object.is_null() || index.is_null()) return {};
    if (object.kind() == Value::Kind::list) {
      if (index.kind() != Value::Kind::integer) {
        ctx.fail(children_[1]->offset(),
                 fmt::format("a list index must be an integer, got {}", query::kind_name(index.kind())));
      }
      const auto position = list_position(index.as_integer(), object.as_list().size());
      return position ? object.as_list()[*position] : Value();
    }
    const bool element = object.kind() == Value::Kind::node || object.kind() == Value::Kind::relationship;
    if (object.kind() == Value::Kind::map || element) {
      if (index.kind() != Value::Kind::string) {
        ctx.fail(children_[1]->offset(),
                 fmt::format("a map key must be a string, got {}", query::kind_name(index.kind())));
      }
      if (object.kind() == Value::Kind::node) return node_property(ctx.graph, object.as_node(), index.as_string());
      if (object.kind() == Value::Kind::relationship) {
        return relationship_property(ctx, object.as_relationship(), index.as_string());
      }
      const Value* found = object.find(index.as_string());
      return found != nullptr ? *found : Value();
    }
    ctx.fail(offset_, fmt::format("cannot index {}", query::kind_name(object.kind())));
  }
  std::string describe() const override {
    return fmt::format("{}[{}]", children_[0]->describe(), children_[1]->describe());
  }
};

class SliceAccess final : public Expression {
 public:
  SliceAccess(std::uint32_t offset, ExpressionPtr object, ExpressionPtr from, ExpressionPtr to) : Expression(offset) {
    children_.push_back(std::move(object));
    children_.push_back(std::move(from));
    children_.push_back(std::move(to));
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    const Value object = children_[0]->eval(row, ctx);
    if (object.is_null()) return {};
    if (object.kind() != Value::Kind::list) {
      ctx.fail(offset_, fmt::format("cannot slice {}", query::kind_name(object.kind())));
    }
    const auto size = static_cast<std::int64_t>(object.as_list().size());
    std::int64_t bounds[2] = {0, size};
    for (int i = 0; i < 2; ++i) {
      if (!children_[1 + i]) continue;
      const Value bound = children_[1 + i]->eval(row, ctx);
      if (bound.is_null()) return {};
      if (bound.kind() != Value::Kind::integer) {
        ctx.fail(children_[1 + i]->offset(),
                 fmt::format("a slice bound must be an integer, got {}", query::kind_name(bound.kind())));
      }
      std::int64_t at = bound.as_integer();
      if (at < 0) at = std::max<std::int64_t>(0, at + size);
      bounds[i] = std::min(at, size);
    }
    if (bounds[0] >= bounds[1]) return Value::list({});
    const auto& items = object.as_list();
    return Value::list(query::ValueList(items.begin() + bounds[0], items.begin() + bounds[1]));
  }
};

class ListBuild final : public Expression {
 public:
  ListBuild(std::uint32_t offset, std::vector<ExpressionPtr> items) : Expression(offset) {
    children_ = std::move(items);
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    query::ValueList items;
    items.reserve(children_.size());
    for (const ExpressionPtr& child : children_) items.push_back(child->eval(row, ctx));
    return Value::list(std::move(items));
  }
  std::string describe() const override {
    std::vector<std::string> parts;
    for (const ExpressionPtr& child : children_) parts.push_back(child->describe());
    return fmt::format("[{}]", fmt::join(parts, ", "));
  }
};

class MapBuild final : public Expression {
 public:
  MapBuild(std::uint32_t offset, std::vector<std::string> keys, std::vector<ExpressionPtr> values)
      : Expression(offset), keys_(std::move(keys)) {
    children_ = std::move(values);
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    query::ValueMap entries;
    entries.reserve(keys_.size());
    for (std::size_t i = 0; i < keys_.size(); ++i) entries.emplace_back(keys_[i], children_[i]->eval(row, ctx));
    return Value::map(std::move(entries));
  }
  std::string describe() const override {
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < keys_.size(); ++i) parts.push_back(keys_[i] + ": " + children_[i]->describe());
    return fmt::format("{{{}}}", fmt::join(parts, ", "));
  }

 private:
  std::vector<std::string> keys_;
};

}  // namespace

ExpressionPtr make_property(std::uint32_t offset, ExpressionPtr object, std::string key) {
  return std::make_unique<PropertyAccess>(offset, std::move(object), std::move(key));
}
ExpressionPtr make_index(std::uint32_t offset, ExpressionPtr object, ExpressionPtr index) {
  return std::make_unique<IndexAccess>(offset, std::move(object), std::move(index));
}
ExpressionPtr make_slice(std::uint32_t offset, ExpressionPtr object, ExpressionPtr from, ExpressionPtr to) {
  return std::make_unique<SliceAccess>(offset, std::move(object), std::move(from), std::move(to));
}
ExpressionPtr make_list(std::uint32_t offset, std::vector<ExpressionPtr> items) {
  return std::make_unique<ListBuild>(offset, std::move(items));
}
ExpressionPtr make_map(std::uint32_t offset, std::vector<std::string> keys, std::vector<ExpressionPtr> values) {
  return std::make_unique<MapBuild>(offset, std::move(keys), std::move(values));
}

}  // namespace kg::cypher::detail
