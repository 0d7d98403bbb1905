#include "kg/graph/builder.h"

#include <fmt/format.h>

#include <bit>
#include <cmath>
#include <limits>

#include "builder_state.h"
#include "kg/graph/name_fold.h"

namespace kg::graph {

using detail::Facts;
using detail::StoredProperty;

class GraphBuilder::Impl {
 public:
  explicit Impl(BuildOptions options) { state_.options = std::move(options); }

  detail::BuilderState state_;

  std::uint32_t add_entity(const EntityRecord& entity);
  void add_source(const SourceRecord& source, const RecordLocation& at);
  void add_fact(const FactRecord& fact);
  Graph build();

 private:
  using VocabularyIds = absl::flat_hash_map<std::string_view, std::uint16_t, detail::StringHash>;
  std::uint16_t vocabulary_id(std::vector<std::uint32_t>& names, VocabularyIds& ids, std::string_view name,
                              const RecordLocation& at, std::string_view what);
  std::uint32_t source_id(std::string_view key);
  std::uint32_t reference(const Reference& ref, const RecordLocation& fact_at, std::string_view role);
  std::vector<StoredProperty> store_properties(const std::vector<std::pair<std::string_view, PropertyValue>>& props);
  void register_name(std::string_view text, std::uint32_t entity);
  void add_alias(std::uint32_t entity, std::string_view alias, const RecordLocation& at);
  void merge_entity(std::uint32_t entity, const EntityRecord& record);
  std::uint32_t create_entity(std::string_view key, std::string_view type, std::string_view name,
                              const RecordLocation& at);
  EntityRecord persist(const EntityRecord& record);  // views re-pointed into the interner
  std::uint32_t resolve_inline(const EntityRecord& record);
  std::uint32_t resolve(std::uint32_t reference, const RecordLocation& at,
                        const std::vector<std::uint32_t>& inline_entities);
  InputError ambiguous(std::string_view text, std::span<const std::uint32_t> candidates,
                       const RecordLocation& at) const;
  std::string describe(std::uint32_t entity) const;

  detail::EntityIndex names_;        // folded id, name and aliases -> entities
  detail::EntityIndex aliases_;      // folded aliases -> entities claiming them
  detail::EntityByString by_key_;    // exact id -> entity
  detail::EntityByString resolved_;  // reference text -> entity it resolved to
  // Keyed by views into the interner: one lookup of a short string, no interning on a hit.
  VocabularyIds type_ids_, predicate_ids_;
  absl::flat_hash_map<std::string_view, std::uint32_t, detail::StringHash> source_ids_;  // source key -> SourceId
  std::vector<EntityRecord> inline_;  // inline entities without an id, resolved in build()
  std::string fold_buffer_;
};

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

std::uint32_t GraphBuilder::Impl::source_id(std::string_view key) {
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
  sources.at.push_back({});
  sources.declared.push_back(false);
  source_ids_.emplace(state_.strings.view(text), id);
  return id;
}

void GraphBuilder::Impl::add_source(const SourceRecord& source, const RecordLocation& at) {
  if (source.id.empty()) throw InputError(state_.location(at), "a source needs a non-empty \"id\"");
  const std::uint32_t id = source_id(source.id);
  detail::Sources& sources = state_.sources;
  const std::uint32_t title = state_.strings.intern(source.title).value;
  const std::uint32_t url = state_.strings.intern(source.url).value;
  if (sources.declared[id]) {
    const bool same = sources.title[id] == title && sources.url[id] == url && sources.date[id] == source.date.packed;
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

void GraphBuilder::Impl::register_name(std::string_view text, std::uint32_t entity) {
  fold_buffer_.clear();
  fold_name_into(text, fold_buffer_);
  if (!fold_buffer_.empty()) names_.add(fold_buffer_, entity);
}

std::string GraphBuilder::Impl::describe(std::uint32_t entity) const {
  const auto& e = state_.entities;
  return fmt::format("\"{}\" ({}, declared at {})", state_.strings.view(StringId{e.key[entity]}),
                     state_.strings.view(StringId{state_.type_names[e.type[entity]]}),
                     state_.location(e.at[entity]).to_string());
}

void GraphBuilder::Impl::add_alias(std::uint32_t entity, std::string_view alias, const RecordLocation& at) {
  const std::string folded = fold_name(alias);
  if (folded.empty()) return;
  for (std::uint32_t owner : aliases_.find(folded)) {
    if (owner != entity) {
      throw InputError(state_.location(at),
                       fmt::format("alias \"{}\" of \"{}\" is already an alias of {}", alias,
                                   state_.strings.view(StringId{state_.entities.key[entity]}), describe(owner)));
    }
  }
  const std::uint32_t id = state_.strings.intern(alias).value;
  auto& list = state_.entities.aliases[entity];
  if (std::find(list.begin(), list.end(), id) != list.end()) return;
  list.push_back(id);
  aliases_.add(folded, entity);
  names_.add(folded, entity);
}

std::uint32_t GraphBuilder::Impl::create_entity(std::string_view key, std::string_view type, std::string_view name,
                                                const RecordLocation& at) {
  auto& e = state_.entities;
  if (e.size() >= UINT32_MAX - 1) throw InputError(state_.location(at), "more than 4 billion entities");
  const auto entity = static_cast<std::uint32_t>(e.size());
  const StringId key_id = state_.strings.intern(key);
  e.key.push_back(key_id.value);
  e.name.push_back(state_.strings.intern(name.empty() ? key : name).value);
  e.type.push_back(vocabulary_id(state_.type_names, type_ids_, type.empty() ? "Entity" : type, at, "entity type"));
  e.type_given.push_back(!type.empty());
  e.name_given.push_back(!name.empty());
  e.at.push_back(at);
  e.aliases.emplace_back();
  e.props.emplace_back();
  by_key_.set(key_id, entity);
  register_name(key, entity);
  if (!name.empty() && name != key) register_name(name, entity);
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
      register_name(record.name, entity);
    } else if (e.name[entity] != name) {
      state_.warn(record.at, fmt::format("entity \"{}\" is named \"{}\" here; keeping \"{}\" and adding this name as "
                                         "an alias",
                                         record.id, record.name, state_.strings.view(StringId{e.name[entity]})));
      add_alias(entity, record.name, record.at);
    }
  }
  for (std::string_view alias : record.aliases) add_alias(entity, alias, record.at);
  for (const StoredProperty& property : store_properties(record.props)) {
    auto& props = e.props[entity];
    const auto same_key =
        std::find_if(props.begin(), props.end(), [&](const StoredProperty& p) { return p.key == property.key; });
    if (same_key == props.end()) {
      props.push_back(property);
    } else if (same_key->kind != property.kind || same_key->bits != property.bits) {
      state_.warn(record.at, fmt::format("entity \"{}\" states property \"{}\" again with another value; keeping "
                                         "the first",
                                         record.id, state_.strings.view(StringId{property.key})));
    }
  }
}

std::uint32_t GraphBuilder::Impl::add_entity(const EntityRecord& entity) {
  if (entity.id.empty()) throw InputError(state_.location(entity.at), "an entity needs a non-empty \"id\"");
  const StringId key = state_.strings.intern(entity.id);
  std::uint32_t index = by_key_.get(key);
  if (index == detail::EntityByString::kNone) {
    index = create_entity(entity.id, entity.type, entity.name, entity.at);
    for (std::string_view alias : entity.aliases) add_alias(index, alias, entity.at);
    state_.entities.props[index] = store_properties(entity.props);
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
  if (ref.text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    throw InputError(state_.location(at), fmt::format("\"{}\" must name an entity, got an empty string", role));
  }
  const StringId text = state_.strings.intern(ref.text);
  if ((text.value & Facts::kInline) != 0) throw InputError(state_.location(at), "more than 2 billion strings");
  return text.value;
}

void GraphBuilder::Impl::add_fact(const FactRecord& fact) {
  if (fact.predicate.empty()) throw InputError(state_.location(fact.at), "a fact needs a non-empty \"predicate\"");
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
  f.source.push_back(source_id(fact.source));
  f.quote.push_back(state_.strings.append(fact.quote).value);
  f.date.push_back(fact.date.packed);
  f.confidence.push_back(fact.confidence ? *fact.confidence : std::numeric_limits<float>::quiet_NaN());
  f.props.insert(f.props.end(), props.begin(), props.end());
  f.props_end.push_back(static_cast<std::uint32_t>(f.props.size()));
  f.subject_at.push_back(fact.subject.at.line != 0 ? fact.subject.at : fact.at);
  f.object_at.push_back(fact.object.at.line != 0 ? fact.object.at : fact.at);
}

std::uint32_t GraphBuilder::Impl::resolve_inline(const EntityRecord& record) {
  const std::string folded = fold_name(record.name);
  const auto candidates = names_.find(folded);
  if (candidates.size() > 1) throw ambiguous(record.name, candidates, record.at);
  if (candidates.empty()) {
    const std::uint32_t entity = create_entity(record.name, record.type, record.name, record.at);
    EntityRecord rest = record;
    rest.id = record.name;
    rest.type = {};
    rest.name = {};
    merge_entity(entity, rest);
    return entity;
  }
  const std::uint32_t entity = candidates.front();
  EntityRecord rest = record;
  rest.id = state_.strings.view(StringId{state_.entities.key[entity]});
  rest.name = {};  // it matched by name or alias already
  merge_entity(entity, rest);
  return entity;
}

InputError GraphBuilder::Impl::ambiguous(std::string_view text, std::span<const std::uint32_t> candidates,
                                         const RecordLocation& at) const {
  std::string listed;
  for (std::uint32_t candidate : candidates) listed += fmt::format("\n  {}", describe(candidate));
  return InputError(state_.location(at), fmt::format("\"{}\" is ambiguous: it names {} entities (use an id):{}", text,
                                                     candidates.size(), listed));
}

std::uint32_t GraphBuilder::Impl::resolve(std::uint32_t reference, const RecordLocation& at,
                                          const std::vector<std::uint32_t>& inline_entities) {
  if ((reference & Facts::kInline) != 0) return inline_entities[reference & ~Facts::kInline];
  if (const std::uint32_t cached = resolved_.get(StringId{reference}); cached != detail::EntityByString::kNone) {
    return cached;
  }
  std::uint32_t entity = by_key_.get(StringId{reference});
  if (entity == detail::EntityByString::kNone) {
    const std::string_view text = state_.strings.view(StringId{reference});
    const auto candidates = names_.find(fold_name(text));
    if (candidates.size() > 1) throw ambiguous(text, candidates, at);
    if (candidates.size() == 1) {
      entity = candidates.front();
    } else if (state_.options.strict) {
      throw InputError(state_.location(at),
                       fmt::format("unknown entity \"{}\": no entity has this id, name or alias", text));
    } else {
      state_.warn(at, fmt::format("unknown entity \"{}\": created with type Entity (declare it to give it a type; "
                                  "strict mode makes this an error)",
                                  text));
      entity = create_entity(text, {}, {}, at);
    }
  }
  resolved_.set(StringId{reference}, entity);
  return entity;
}

Graph GraphBuilder::Impl::build() {
  std::vector<std::uint32_t> inline_entities;
  inline_entities.reserve(inline_.size());
  for (const EntityRecord& record : inline_) inline_entities.push_back(resolve_inline(record));
  const Facts& f = state_.facts;
  std::vector<std::uint32_t> subject_node(f.size());
  std::vector<std::uint32_t> object_node(f.size());
  for (std::size_t i = 0; i < f.size(); ++i) {
    subject_node[i] = resolve(f.subject[i], f.subject_at[i], inline_entities);
    object_node[i] = resolve(f.object[i], f.object_at[i], inline_entities);
  }
  const detail::ImageBytes image = detail::make_image(detail::assemble_columns(state_, subject_node, object_node));
  return Graph::from_image(image.data, image.size);
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
void GraphBuilder::add_entity(const EntityRecord& entity) { impl_->add_entity(entity); }
void GraphBuilder::add_fact(const FactRecord& fact) { impl_->add_fact(fact); }
std::size_t GraphBuilder::fact_count() const { return impl_->state_.facts.size(); }

Graph GraphBuilder::build() {
  Graph graph = impl_->build();
  impl_ = std::make_unique<Impl>(std::move(impl_->state_.options));
  return graph;
}

}  // namespace kg::graph
