// GraphBuilder: the resolution of references (ids, names, aliases; decisions' groups; did-you-mean) and build().
#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "builder_impl.h"
#include "kg/graph/builder.h"
#include "kg/graph/name_fold.h"
#include "kg/graph/text.h"

namespace kg::graph {

using detail::Facts;

std::uint32_t GraphBuilder::Impl::lookup(std::string_view text, std::span<const std::uint32_t>& candidates) {
  fold_buffer_.clear();
  fold_name_into(text, fold_buffer_);
  const std::span<const std::uint32_t> found = names_.find(fold_buffer_);
  candidates = found;
  if (found.empty()) return detail::EntityByString::kNone;
  const std::uint32_t group = early_groups_.find(found.front());
  for (const std::uint32_t entity : found) {
    if (early_groups_.find(entity) != group) return kAmbiguous;
  }
  return found.front();
}

std::string GraphBuilder::Impl::did_you_mean(std::string_view text) {
  if (suggested_ == kSuggestedUnknowns) return {};
  ++suggested_;
  const auto& e = state_.entities;
  std::string listed;
  for (const std::uint32_t entity : names_.nearest(fold_name(text), 3)) {
    listed += fmt::format(
        "{}\"{}\" ({}, id {})", listed.empty() ? "" : ", ", state_.strings.view(StringId{e.name[entity]}),
        state_.strings.view(StringId{state_.type_names[e.type[entity]]}), state_.strings.view(StringId{e.key[entity]}));
  }
  return listed.empty() ? std::string() : fmt::format("; did you mean {}?", listed);
}

void GraphBuilder::Impl::resolve_decisions(bool complete) {
  detail::Decisions& d = state_.decisions;
  d.entities.assign(d.size(), {});
  for (std::uint32_t i = 0; i < d.size(); ++i) {
    for (const std::uint32_t id : d.ids[i]) {
      const std::string_view text = state_.strings.view(StringId{id});
      std::span<const std::uint32_t> candidates;
      std::uint32_t entity = by_key_.get(StringId{id});
      if (entity == detail::EntityByString::kNone) entity = lookup(text, candidates);
      if (entity == kAmbiguous && complete) throw ambiguous(text, candidates, d.at[i]);
      if (entity == detail::EntityByString::kNone && complete) {
        throw InputError(
            state_.location(d.at[i]),
            fmt::format("{} names unknown entity \"{}\"{}", decision_kind_name(d.kind[i]), text, did_you_mean(text)));
      }
      if (entity < kAmbiguous) d.entities[i].push_back(entity);
    }
    if (!complete && d.kind[i] == DecisionKind::same_as) {
      for (const std::uint32_t entity : d.entities[i]) early_groups_.join(d.entities[i].front(), entity);
    }
  }
}

std::uint32_t GraphBuilder::Impl::resolve_inline(const EntityRecord& record) {
  std::span<const std::uint32_t> candidates;
  const std::uint32_t found = lookup(record.name, candidates);
  if (found == kAmbiguous) throw ambiguous(record.name, candidates, record.at);
  if (found == detail::EntityByString::kNone) {
    const std::uint32_t entity =
        create_entity(state_.strings.intern(record.name), record.name, record.type, record.name, record.at);
    EntityRecord rest = record;
    rest.id = record.name;
    rest.type = {};
    rest.name = {};
    merge_entity(entity, rest);
    return entity;
  }
  const std::uint32_t entity = found;
  EntityRecord rest = record;
  rest.id = state_.strings.view(StringId{state_.entities.key[entity]});
  rest.name = {};  // it matched by name or alias already
  merge_entity(entity, rest);
  return entity;
}

InputError GraphBuilder::Impl::ambiguous(std::string_view text, std::span<const std::uint32_t> candidates,
                                         const RecordLocation& at) const {
  // The first few candidates and how many more: a name shared by 100,000 entities must not print them all.
  constexpr std::size_t kListed = 5;
  std::string listed;
  for (std::size_t i = 0; i < std::min(candidates.size(), kListed); ++i) {
    listed += fmt::format("\n  {}", state_.describe(candidates[i]));
  }
  if (candidates.size() > kListed) listed += fmt::format("\n  and {} more", candidates.size() - kListed);
  return InputError(state_.location(at), fmt::format("\"{}\" is ambiguous: it names {} entities (use an id):{}", text,
                                                     candidates.size(), listed));
}

std::uint32_t GraphBuilder::Impl::resolve(std::uint32_t reference, std::size_t fact, bool object,
                                          const std::vector<std::uint32_t>& inline_entities) {
  if ((reference & Facts::kInline) != 0) return inline_entities[reference & ~Facts::kInline];
  if (const std::uint32_t cached = resolved_.get(StringId{reference}); cached != detail::EntityByString::kNone) {
    return cached;
  }
  std::uint32_t entity = by_key_.get(StringId{reference});
  if (entity == detail::EntityByString::kNone) {
    const RecordLocation at = object ? state_.facts.at.object(fact) : state_.facts.at.subject(fact);
    const std::string_view text = state_.strings.view(StringId{reference});
    std::span<const std::uint32_t> candidates;
    entity = lookup(text, candidates);
    if (entity == kAmbiguous) throw ambiguous(text, candidates, at);
    if (entity == detail::EntityByString::kNone) {
      // A same_as naming it declares it (as one of the entities it joins): no warning, and no error under strict.
      const bool merged = state_.decisions.same_as_names.contains(fold_name(text));
      if (state_.options.strict && !merged) {
        throw InputError(state_.location(at), fmt::format("unknown entity \"{}\": no entity has this id, name or "
                                                          "alias{}",
                                                          text, did_you_mean(text)));
      }
      if (!merged) {
        state_.warn(at, fmt::format("unknown entity \"{}\": created with type Entity (declare it to give it a "
                                    "type; strict mode makes this an error){}",
                                    text, did_you_mean(text)));
      }
      entity = create_entity(StringId{reference}, text, {}, {}, at);
    }
  }
  resolved_.set(StringId{reference}, entity);
  return entity;
}

Graph GraphBuilder::Impl::build() {
  intern_deferred();
  detail::check_sources(state_);
  resolve_decisions(false);  // the groups known now keep references to their members from being ambiguous
  std::vector<std::uint32_t> inline_entities;
  inline_entities.reserve(inline_.size());
  for (const EntityRecord& record : inline_) inline_entities.push_back(resolve_inline(record));
  // Nothing is interned from here on: an entity created for an unknown reference has that reference's text,
  // interned already, as its id and the type Entity, registered now (unless the types are full, as creating it
  // reports). The string table goes before the facts' references are resolved.
  if (state_.type_names.size() <= std::numeric_limits<std::uint16_t>::max()) {
    vocabulary_id(state_.type_names, type_ids_, "Entity", RecordLocation{}, "entity type");
  }
  state_.strings.release_index();
  const Facts& f = state_.facts;
  std::vector<std::uint32_t> subject_node(f.size());
  std::vector<std::uint32_t> object_node(f.size());
  for (std::size_t i = 0; i < f.size(); ++i) {
    subject_node[i] = resolve(f.subject[i], i, false, inline_entities);
    object_node[i] = resolve(f.object[i], i, true, inline_entities);
  }
  const std::vector<detail::EntityIndex::Shared> shared_names = names_.shared();
  if (state_.decisions.size() != 0 || !shared_names.empty()) {
    resolve_decisions(true);  // every entity exists now
    detail::EntityGroups groups = detail::apply_decisions(state_);
    detail::warn_shared_names(state_, shared_names, groups);
    const std::vector<std::uint32_t> node_of = detail::merge_entities(state_, groups);
    for (std::uint32_t& node : subject_node) node = node_of[node];
    for (std::uint32_t& node : object_node) node = node_of[node];
  }
  // Every reference is resolved: the indexes that resolved them go before the columns are laid out.
  names_ = detail::EntityIndex(state_.strings);
  by_key_ = {};
  resolved_ = {};
  inline_ = {};
  detail::OwnedColumns columns = detail::assemble_columns(state_, std::move(subject_node), std::move(object_node));
  state_.strings = {};  // what the columns were laid out from
  state_.entities = {};
  const detail::ImageBytes image = detail::make_image(std::move(columns));
  return Graph::from_image(image.data, image.size);
}

}  // namespace kg::graph
