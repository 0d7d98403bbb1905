// CompiledFilter: a Filter compiled into lookup tables.
#include "kg/query/traverse.h"

#include <absl/container/inlined_vector.h>

#include <algorithm>

namespace kg::query {

CompiledFilter::CompiledFilter(const graph::Graph& graph, const Filter& filter,
                               std::initializer_list<graph::NodeId> endpoints)
    : CompiledFilter(graph, filter, std::vector<graph::NodeId>(endpoints)) {}

CompiledFilter::CompiledFilter(const graph::Graph& graph, const Filter& filter,
                               const std::vector<graph::NodeId>& endpoints)
    : graph_(&graph), direction_(filter.direction), endpoints_(endpoints) {
  predicate_allowed_.assign(graph.predicate_count(), filter.predicates.empty() ? 1 : 0);
  for (graph::PredicateId p : filter.predicates) predicate_allowed_.at(p.value) = 1;
  for (graph::PredicateId p : filter.excluded_predicates) predicate_allowed_.at(p.value) = 0;

  predicate_conditions_ =
      std::find(predicate_allowed_.begin(), predicate_allowed_.end(), 0) != predicate_allowed_.end();
  type_allowed_.assign(graph.type_count(), filter.node_types.empty() ? 1 : 0);
  for (graph::TypeId t : filter.node_types) type_allowed_.at(t.value) = 1;
  for (graph::TypeId t : filter.excluded_node_types) type_allowed_.at(t.value) = 0;
  avoid_ = filter.avoid;
  std::sort(avoid_.begin(), avoid_.end());
  node_conditions_ = !avoid_.empty() || std::find(type_allowed_.begin(), type_allowed_.end(), 0) != type_allowed_.end();

  if (filter.from) window_first_ = filter.from->earliest();
  if (filter.to) window_last_ = filter.to->latest();
  dated_only_ = filter.dated_only;
  dates_within_ = filter.dates_within;
  has_min_confidence_ = filter.min_confidence.has_value();
  min_confidence_ = filter.min_confidence.value_or(0);
  missing_confidence_ = filter.missing_confidence;
  source_allowed_.assign(graph.source_count(), filter.sources.empty() ? 1 : 0);
  if (!filter.sources.empty()) source_allowed_.at(0) = 0;  // "no source" is never one of the sources asked for
  for (graph::SourceId s : filter.sources) source_allowed_.at(s.value) = 1;
  for (graph::SourceId s : filter.excluded_sources) source_allowed_.at(s.value) = 0;
  source_conditions_ = std::find(source_allowed_.begin(), source_allowed_.end(), 0) != source_allowed_.end();
  min_sources_ = filter.min_sources;
  min_grade_ = filter.min_grade;
  fact_conditions_ = filter.from || filter.to || filter.dated_only || filter.min_confidence || source_conditions_ ||
                     min_sources_ > 0 || min_grade_.graded();
}

bool CompiledFilter::exempt(graph::NodeId node) const {
  return std::find(endpoints_.begin(), endpoints_.end(), node) != endpoints_.end();
}

bool CompiledFilter::avoided(graph::NodeId node) const {
  return std::binary_search(avoid_.begin(), avoid_.end(), node);
}

bool CompiledFilter::record_passes(graph::ProvenanceId record) const {
  if (source_conditions_ && !source_allowed_[graph_->provenance_source(record).value]) return false;
  if (min_grade_.graded() && !graph::meets_grade(graph_->provenance_grade(record), min_grade_)) return false;
  graph::PartialDate date = graph_->provenance_date(record);
  if (date.dated()) {
    if (dates_within_ ? date.earliest() < window_first_ || date.latest() > window_last_
                      : date.latest() < window_first_ || date.earliest() > window_last_) {
      return false;
    }
  } else if (dated_only_) {
    return false;
  }
  if (has_min_confidence_) {
    return graph_->provenance_confidence(record).value_or(missing_confidence_) >= min_confidence_;
  }
  return true;
}

bool CompiledFilter::any_record_passes(graph::EdgeId edge) const {
  for (graph::ProvenanceId record : graph_->provenance(edge)) {
    if (record_passes(record)) return true;
  }
  return false;
}

bool CompiledFilter::enough_sources(graph::EdgeId edge) const {
  // Records are few per edge: a short list of the distinct sources seen beats a hash set.
  absl::InlinedVector<graph::SourceId, 8> seen;
  for (graph::ProvenanceId record : graph_->provenance(edge)) {
    const graph::SourceId source = graph_->provenance_source(record);
    if (source.value == 0 || !record_passes(record) || std::find(seen.begin(), seen.end(), source) != seen.end()) {
      continue;
    }
    seen.push_back(source);
    if (seen.size() >= min_sources_) return true;
  }
  return false;
}

float CompiledFilter::edge_confidence(graph::EdgeId edge) const {
  if (!fact_conditions_) return graph_->edge_confidence(edge).value_or(missing_confidence_);
  std::optional<float> best;
  for (graph::ProvenanceId record : graph_->provenance(edge)) {
    std::optional<float> stated = graph_->provenance_confidence(record);
    if (stated && record_passes(record) && (!best || *stated > *best)) best = stated;
  }
  return best.value_or(missing_confidence_);
}

}  // namespace kg::query
