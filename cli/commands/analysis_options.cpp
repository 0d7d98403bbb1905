// The options shared by the analysis commands (kg rank, components, communities, brokers).
#include "commands/analysis_options.h"

#include "choice_option.h"
#include "commands/query_options.h"
#include "kg/graph/graph_file.h"
#include "kg/render/output.h"
#include "kg/render/result_table.h"
#include "output.h"

namespace kg::cli {

void add_analysis_options(CLI::App& command, AnalysisCommandOptions& options, const AnalysisFlags& flags) {
  command.add_option("graph", options.graph_path, "Graph file built by kg build")->required();
  add_filter_options(command, options.filter, flags.types);
  command.add_option("--avoid", options.filter.avoid, "Leave this entity out (id, name or alias; repeatable)");
  if (flags.weight) {
    add_choice_option(command, "--weight", options.weight,
                      {{"none", analytics::EdgeWeight::none},
                       {"sources", analytics::EdgeWeight::sources},
                       {"confidence", analytics::EdgeWeight::confidence}},
                      "What a fact weighs: none (1 each), sources (how many sources state it) or confidence")
        ->default_str("none");
  }
  options.top = flags.top;
  command.add_option("--top", options.top, flags.top_help)->default_str(std::to_string(flags.top));
  add_format_option(command, options.render.style, true);
  command.add_flag("--full", options.render.full, "Table output: whole values, never cut");
  command.add_flag("-q,--quiet", options.quiet, "Print no notices or progress on stderr");
}

AnalysisInput load_analysis(const AnalysisCommandOptions& options) {
  AnalysisInput input{.graph = graph::load_graph_file(options.graph_path), .snapshot = {}};
  input.snapshot.filter = query::resolve_filter(input.graph, options.filter, options.graph_path);
  input.snapshot.weight = options.weight;
  return input;
}

void print_table(const graph::Graph& graph, const query::ResultTable& table, const AnalysisCommandOptions& options) {
  render::Output out(stdout);
  render::render_result_table(graph, table, {}, options.render, out);
  out.flush();
}

void notice_sampling(const analytics::Snapshot& snapshot, const analytics::MeasureValues& values, bool quiet) {
  const analytics::SamplingReport& sampling = values.sampling;
  if (!sampling.sampled || quiet) return;
  // Closeness is a ratio of two sampled estimates: consistent, but Hoeffding's bound does not hold for it.
  const std::string accuracy =
      values.measure == analytics::Measure::closeness
          ? std::string("the values are consistent estimates, without an error bound")
          : fmt::format("normalised values lie within {:.3f} of exact with 95 % confidence", sampling.error_bound);
  fmt::print(stderr,
             "kg: {} estimated from searches at {} of {} entities (exact needs {:.2g} steps; the limit is {:.2g}): "
             "{}; --exact computes them exactly\n",
             analytics::measure_info(values.measure).name, sampling.pivots, snapshot.node_count(),
             static_cast<double>(snapshot.node_count()) * static_cast<double>(snapshot.forward().arc_count()),
             static_cast<double>(analytics::Sampling{}.exact_limit), accuracy);
}

}  // namespace kg::cli
