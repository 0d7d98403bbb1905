#pragma once
// Operator: one step of a plan, pulling rows from its child. Every operator works on the same Row (the query's
// slots): a child fills its slots, the parent reads them and fills its own. open() starts the operator over for the
// current content of the row (the argument row of an OPTIONAL MATCH or a pattern predicate); next() produces one
// row at a time, false at the end.
#include <memory>
#include <string>

#include "context.h"

namespace kg::cypher::detail {

class Operator;
using OperatorPtr = std::unique_ptr<Operator>;

class Operator {
 public:
  explicit Operator(OperatorPtr child = nullptr) : child_(std::move(child)) {}
  virtual ~Operator() = default;
  Operator(const Operator&) = delete;
  Operator& operator=(const Operator&) = delete;

  virtual void open(Row& row, ExecContext& ctx) {
    if (child_) child_->open(row, ctx);
  }
  virtual bool next(Row& row, ExecContext& ctx) = 0;
  /// One line naming the operator and its arguments.
  virtual std::string describe() const = 0;
  /// Appends this operator and its inputs to `out`, indented by `depth`.
  virtual void explain(std::string& out, int depth) const;

 protected:
  OperatorPtr child_;
};

/// The leaf of every plan: one row, the argument row as it stands when opened.
class Argument final : public Operator {
 public:
  void open(Row&, ExecContext&) override { ready_ = true; }
  bool next(Row&, ExecContext&) override {
    const bool ready = ready_;
    ready_ = false;
    return ready;
  }
  std::string describe() const override { return "Argument"; }

 private:
  bool ready_ = false;
};

}  // namespace kg::cypher::detail
