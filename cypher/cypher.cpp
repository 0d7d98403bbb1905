// prepare(): parse, bind, plan. The PreparedQuery forwards to the executor.
#include "kg/cypher/cypher.h"

#include "binder.h"
#include "parser.h"
#include "prepared.h"

namespace kg::cypher {

PreparedQuery::PreparedQuery(std::unique_ptr<detail::Prepared> prepared) : prepared_(std::move(prepared)) {}
PreparedQuery::PreparedQuery(PreparedQuery&&) noexcept = default;
PreparedQuery& PreparedQuery::operator=(PreparedQuery&&) noexcept = default;
PreparedQuery::~PreparedQuery() = default;

const std::vector<std::string>& PreparedQuery::columns() const { return prepared_->bound.columns; }
const std::vector<Warning>& PreparedQuery::warnings() const { return prepared_->warnings; }
const std::vector<std::string>& PreparedQuery::parameters() const { return prepared_->bound.parameters; }

query::ResultTable PreparedQuery::run(const Parameters& parameters, const RunOptions& options) const {
  return detail::execute(*prepared_, parameters, options);
}

std::string PreparedQuery::explain() const {
  std::string out;
  for (std::size_t i = 0; i < prepared_->plan.parts.size(); ++i) {
    if (i > 0) out += prepared_->bound.union_all[i - 1] ? "UNION ALL\n" : "UNION\n";
    prepared_->plan.parts[i]->explain(out, 0);
  }
  return out;
}

PreparedQuery prepare(const graph::Graph& graph, std::string_view text, const PrepareOptions& options) {
  auto prepared = std::make_unique<detail::Prepared>();
  prepared->graph = &graph;
  prepared->text = std::string(text);
  prepared->source = {prepared->text, options.source_name, options.line, options.column};
  const detail::Statement statement = detail::parse(prepared->source);
  detail::Binder binder(graph, prepared->source, options.max_hops);
  prepared->bound = binder.bind(statement);
  for (const detail::BindWarning& warning : binder.warnings()) {
    prepared->warnings.push_back({prepared->source.location(warning.offset), warning.message});
  }
  prepared->plan = detail::plan_statement(graph, prepared->bound);
  return PreparedQuery(std::move(prepared));
}

}  // namespace kg::cypher
