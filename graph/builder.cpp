#include "kg/graph/builder.h"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

#include "builder_impl.h"
#include "kg/graph/name_fold.h"
#include "kg/graph/text.h"

namespace kg::graph {

using detail::Facts;
using detail::StoredProperty;

std::uint16_t GraphBuilder::Impl::vocabulary_id(std::vector<std::uint32_t>& names, VocabularyIds& ids,
                                                std::string_view name, const RecordLocation& at,
                                                std::string_view what) {
  const auto found = ids.find(name);
  if (found != ids.end()) return found->second;
  if (names.size() > std::numeric_limits<std::uint16_t>::max()) {
    throw InputError(state_.location(at), fmt::format("more than 65536 distinct {}s", what));
  }
  const StringId text = state_.strings.intern(name);
  const auto id = static_cast<std::uint16_t>(names.size());
  names.push_back(text.value);
  ids.emplace(state_.strings.view(text), id);
  return id;
}

std::uint32_t GraphBuilder::Impl::source_id(std::string_view key, const RecordLocation& at) {
  if (key.empty()) return 0;
  const auto found = source_ids_.find(key);
  if (found != source_ids_.end()) return found->second;
  const StringId text = state_.strings.intern(key);
  detail::Sources& sources = state_.sources;
  const auto id = static_cast<std::uint32_t>(sources.key.size());
  sources.key.push_back(text.value);
  sources.title.push_back(0);
  sources.url.push_back(0);
  sources.date.push_back(0);
  sources.reliability.push_back(0);
  sources.at.push_back(at);  // where it is first cited, until it is declared
  sources.declared.push_back(false);
  sources.id_only.push_back(false);
  source_ids_.emplace(state_.strings.view(text), id);
  return id;
}

void GraphBuilder::Impl::add_source(const SourceRecord& source, const RecordLocation& at) {
  if (source.id.empty()) throw InputError(state_.location(at), "a source needs a non-empty \"id\"");
  if (source.date.is_interval()) {
    throw InputError(state_.location(at), "a source's date is a single date, not an interval");
  }
  const std::uint32_t id = source_id(source.id, at);
  detail::Sources& sources = state_.sources;
  const std::uint32_t title = state_.strings.intern(source.title).value;
  const std::uint32_t url = state_.strings.intern(source.url).value;
  if (sources.declared[id]) {
    const bool same = sources.title[id] == title && sources.url[id] == url && sources.date[id] == source.date.packed &&
                      sources.reliability[id] == source.reliability.packed();
    if (!same) {
      throw InputError(state_.location(at),
                       fmt::format("source \"{}\" is declared again with other details (first declared at {})",
                                   source.id, state_.location(sources.at[id]).to_string()));
    }
    return;
  }
  sources.title[id] = title;
  sources.url[id] = url;
  sources.date[id] = source.date.packed;
  sources.reliability[id] = Grade{source.reliability.reliability, 0}.packed();
  sources.at[id] = at;
  sources.declared[id] = true;
}

std::vector<StoredProperty> GraphBuilder::Impl::store_properties(
    const std::vector<std::pair<std::string_view, PropertyValue>>& props) {
  std::vector<StoredProperty> stored;
  stored.reserve(props.size());
  for (const auto& [key, value] : props) {
    StoredProperty property{state_.strings.intern(key).value, PropertyKind::string, 0};
    if (const auto* text = std::get_if<std::string_view>(&value)) {
      property.bits = state_.strings.intern(*text).value;
    } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
      property = {property.key, PropertyKind::integer, static_cast<std::uint64_t>(*integer)};
    } else if (const auto* real = std::get_if<double>(&value)) {
      property = {property.key, PropertyKind::real, std::bit_cast<std::uint64_t>(*real)};
    } else {
      property = {property.key, PropertyKind::boolean, std::get<bool>(value) ? 1u : 0u};
    }
    stored.push_back(property);
  }
  return stored;
}

void GraphBuilder::Impl::register_name(StringId name, std::uint32_t entity) {
  fold_buffer_.clear();
  fold_name_into(state_.strings.view(name), fold_buffer_);
  if (!fold_buffer_.empty()) names_.add(fold_buffer_, name, entity);
}

void GraphBuilder::Impl::add_alias(std::uint32_t entity, std::string_view alias) {
  fold_buffer_.clear();
  fold_name_into(alias, fold_buffer_);
  if (fold_buffer_.empty()) return;
  const StringId id = state_.strings.intern(alias);
  const std::span<const std::uint32_t> list = state_.entities.aliases[entity];
  if (std::find(list.begin(), list.end(), id.value) != list.end()) return;
  state_.entities.aliases.push_back(entity, id.value);
  names_.add(fold_buffer_, id, entity);
}

std::uint32_t GraphBuilder::Impl::create_entity(StringId key_id, std::string_view key, std::string_view type,
                                                std::string_view name, const RecordLocation& at) {
  auto& e = state_.entities;
  if (e.size() >= UINT32_MAX - 1) throw InputError(state_.location(at), "more than 4 billion entities");
  const auto entity = static_cast<std::uint32_t>(e.size());
  e.key.push_back(key_id.value);
  e.name.push_back(name.empty() || name == key ? key_id.value : state_.strings.intern(name).value);
  e.type.push_back(vocabulary_id(state_.type_names, type_ids_, type.empty() ? "Entity" : type, at, "entity type"));
  e.type_given.push_back(!type.empty());
  e.name_given.push_back(!name.empty());
  e.at.push_back(at);
  e.aliases.add_list();
  e.props.add_list();
  by_key_.set(key_id, entity);
  register_name(key_id, entity);
  if (!name.empty() && name != key) register_name(StringId{e.name.back()}, entity);
  return entity;
}

void GraphBuilder::Impl::merge_entity(std::uint32_t entity, const EntityRecord& record) {
  auto& e = state_.entities;
  if (!record.type.empty()) {
    const std::uint16_t type = vocabulary_id(state_.type_names, type_ids_, record.type, record.at, "entity type");
    if (e.type_given[entity] && e.type[entity] != type) {
      throw InputError(state_.location(record.at),
                       fmt::format("entity \"{}\" is declared here as {} but as {} at {}", record.id, record.type,
                                   state_.strings.view(StringId{state_.type_names[e.type[entity]]}),
                                   state_.location(e.at[entity]).to_string()));
    }
    e.type[entity] = type;
    e.type_given[entity] = true;
  }
  if (!record.name.empty()) {
    const std::uint32_t name = state_.strings.intern(record.name).value;
    if (!e.name_given[entity]) {
      e.name[entity] = name;
      e.name_given[entity] = true;
      register_name(StringId{name}, entity);
    } else if (e.name[entity] != name) {
      state_.warn(record.at, fmt::format("entity \"{}\" is named \"{}\" here; keeping \"{}\" and adding this name as "
                                         "an alias",
                                         record.id, record.name, state_.strings.view(StringId{e.name[entity]})));
      add_alias(entity, record.name);
    }
  }
  for (std::string_view alias : record.aliases) add_alias(entity, alias);
  if (record.props.empty()) return;
  std::vector<StoredProperty> kept(e.props[entity].begin(), e.props[entity].end());
  detail::PropertyMerger merger(kept);
  for (const StoredProperty& property : store_properties(record.props)) {
    if (!merger.add(property)) {
      state_.warn(record.at, fmt::format("entity \"{}\" states property \"{}\" again with another value; keeping "
                                         "the first",
                                         record.id, state_.strings.view(StringId{property.key})));
    }
  }
  e.props.assign(entity, kept);
}

std::uint32_t GraphBuilder::Impl::add_entity(const EntityRecord& entity) {
  if (entity.id.empty()) throw InputError(state_.location(entity.at), "an entity needs a non-empty \"id\"");
  const StringId key = state_.strings.intern(entity.id);
  std::uint32_t index = by_key_.get(key);
  if (index == detail::EntityByString::kNone) {
    index = create_entity(key, entity.id, entity.type, entity.name, entity.at);
    for (std::string_view alias : entity.aliases) add_alias(index, alias);
    if (!entity.props.empty()) state_.entities.props.assign(index, store_properties(entity.props));
  } else {
    merge_entity(index, entity);
  }
  return index;
}

EntityRecord GraphBuilder::Impl::persist(const EntityRecord& record) {
  auto keep = [this](std::string_view text) { return state_.strings.view(state_.strings.intern(text)); };
  EntityRecord kept = record;
  kept.id = keep(record.id);
  kept.type = keep(record.type);
  kept.name = keep(record.name);
  for (std::string_view& alias : kept.aliases) alias = keep(alias);
  for (auto& [key, value] : kept.props) {
    key = keep(key);
    if (auto* text = std::get_if<std::string_view>(&value)) *text = keep(*text);
  }
  return kept;
}

std::uint32_t GraphBuilder::Impl::reference(const Reference& ref, const RecordLocation& fact_at,
                                            std::string_view role) {
  const RecordLocation& at = ref.at.line != 0 ? ref.at : fact_at;
  if (ref.declared) {
    const EntityRecord& declared = *ref.declared;
    if (!declared.id.empty()) {
      add_entity(declared);
      return state_.strings.intern(declared.id).value;
    }
    if (declared.name.empty()) {
      throw InputError(state_.location(at), fmt::format("an inline \"{}\" entity needs a \"name\" or an \"id\"", role));
    }
    inline_.push_back(persist(declared));
    inline_.back().at = at;
    return Facts::kInline | static_cast<std::uint32_t>(inline_.size() - 1);
  }
  if (is_blank(ref.text)) {
    throw InputError(state_.location(at), fmt::format("\"{}\" must name an entity, got an empty string", role));
  }
  return 0;  // until intern_deferred
}

void GraphBuilder::Impl::defer_reference(std::string_view text, std::size_t slot) {
  deferred_text_.append(text);
  deferred_end_.push_back(deferred_text_.size());
  deferred_slot_.push_back(slot);
  if (deferred_slot_.size() == kDeferredReferences) intern_deferred();
}

void GraphBuilder::Impl::intern_deferred() {
  std::vector<std::string_view> texts;
  texts.reserve(deferred_slot_.size());
  std::size_t begin = 0;
  for (const std::size_t end : deferred_end_) {
    texts.emplace_back(deferred_text_.data() + begin, end - begin);
    begin = end;
  }
  std::vector<StringId> ids(texts.size());
  state_.strings.intern(texts, ids);
  Facts& f = state_.facts;
  for (std::size_t k = 0; k < ids.size(); ++k) {
    const std::size_t fact = deferred_slot_[k] / 2;
    const bool object = deferred_slot_[k] % 2 == 1;
    if ((ids[k].value & Facts::kInline) != 0) {
      throw InputError(state_.location(object ? f.at.object(fact) : f.at.subject(fact)), "more than 2 billion strings");
    }
    (object ? f.object : f.subject)[fact] = ids[k].value;
  }
  deferred_text_.clear();
  deferred_end_.clear();
  deferred_slot_.clear();
}

void GraphBuilder::Impl::add_fact(const FactRecord& fact) {
  if (is_blank(fact.predicate)) {
    throw InputError(state_.location(fact.at), "a fact needs a \"predicate\" that is not empty or white space");
  }
  if (fact.confidence && !(*fact.confidence >= 0.0F && *fact.confidence <= 1.0F)) {
    throw InputError(state_.location(fact.at),
                     fmt::format("\"confidence\" must be a number from 0 to 1, got {}", *fact.confidence));
  }
  // Checks come before the fact's columns grow, so a rejected fact is never half-added. (An inline entity it
  // declares may already be registered: the CLI stops at the first error, and library callers should too.)
  const std::uint32_t subject = reference(fact.subject, fact.at, "subject");
  const std::uint32_t object = reference(fact.object, fact.at, "object");
  const std::uint16_t predicate =
      vocabulary_id(state_.predicate_names, predicate_ids_, fact.predicate, fact.at, "predicate");
  std::vector<StoredProperty> props = store_properties(fact.props);
  Facts& f = state_.facts;
  f.subject.push_back(subject);
  f.object.push_back(object);
  f.predicate.push_back(predicate);
  const detail::Statement statement{source_id(fact.source, fact.at),
                                    state_.strings.append(fact.quote).value,
                                    fact.date.packed,
                                    fact.date.end,
                                    fact.confidence ? *fact.confidence : std::numeric_limits<float>::quiet_NaN(),
                                    fact.grade.packed()};
  if (statement.source == 0 && statement.quote == 0 && statement.date == 0 && statement.date_end == 0 &&
      statement.grade == 0 && !fact.confidence) {
    f.stated.push_back(Facts::kStatesNothing);
  } else {
    f.stated.push_back(static_cast<std::uint32_t>(f.statements.size()));
    f.statements.push_back(statement);
  }
  f.props.insert(f.props.end(), props.begin(), props.end());
  f.props_end.push_back(static_cast<std::uint32_t>(f.props.size()));
  f.at.push_back(fact.subject.at.line != 0 ? fact.subject.at : fact.at,
                 fact.object.at.line != 0 ? fact.object.at : fact.at);
  const std::size_t index = f.size() - 1;
  if (!fact.subject.declared) defer_reference(fact.subject.text, 2 * index);
  if (!fact.object.declared) defer_reference(fact.object.text, 2 * index + 1);
}

GraphBuilder::GraphBuilder(BuildOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
GraphBuilder::~GraphBuilder() = default;
GraphBuilder::GraphBuilder(GraphBuilder&&) noexcept = default;
GraphBuilder& GraphBuilder::operator=(GraphBuilder&&) noexcept = default;

std::uint32_t GraphBuilder::add_file(std::string_view display_name) {
  impl_->state_.files.emplace_back(display_name);
  return static_cast<std::uint32_t>(impl_->state_.files.size() - 1);
}

SourceLocation GraphBuilder::location(const RecordLocation& at) const { return impl_->state_.location(at); }
void GraphBuilder::add_source(const SourceRecord& source, const RecordLocation& at) { impl_->add_source(source, at); }
void GraphBuilder::add_source_id(std::string_view id, const RecordLocation& at) { impl_->add_source_id(id, at); }
void GraphBuilder::add_entity(const EntityRecord& entity) { impl_->add_entity(entity); }
void GraphBuilder::add_fact(const FactRecord& fact) { impl_->add_fact(fact); }
void GraphBuilder::add_decision(const DecisionRecord& decision) { detail::add_decision(impl_->state_, decision); }
std::size_t GraphBuilder::fact_count() const { return impl_->state_.facts.size(); }

Graph GraphBuilder::build() {
  Graph graph = impl_->build();
  impl_ = std::make_unique<Impl>(std::move(impl_->state_.options));
  return graph;
}

namespace detail {

std::string BuilderState::describe(std::uint32_t entity) const {
  return fmt::format("\"{}\" ({}, declared at {})", strings.view(StringId{entities.key[entity]}),
                     strings.view(StringId{type_names[entities.type[entity]]}),
                     location(entities.at[entity]).to_string());
}

}  // namespace detail

}  // namespace kg::graph
