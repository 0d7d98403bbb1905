#pragma once
/// Reader for FollowTheMoney entities as Aleph and OpenSanctions publish them (`entities.ftm.json`: JSON Lines of
/// `{"id", "schema", "properties": {name: [values]}}`): things become entities typed by their schema, link schemata
/// (Ownership, Directorship, Membership, ...) become facts between their two entity properties, dated and sourced
/// (docs/FORMAT.md, "FollowTheMoney").
///
///   kg::ingest::read_ftm(R"({"id": "p1", "schema": "Person", "properties": {"name": ["Ana"]}})", "x.ftm.json",
///                        builder);
#include <filesystem>
#include <string_view>

#include "kg/graph/builder.h"
#include "kg/ingest/read_options.h"

namespace kg::ingest {

/// Reads FtM entities from `text`; errors cite `display_name`. Throws kg::graph::InputError on bad input.
void read_ftm(std::string_view text, std::string_view display_name, kg::graph::GraphBuilder& builder,
              const ReadOptions& options = {});
/// Reads FtM entities from `file`; throws std::runtime_error when the file cannot be read.
void read_ftm_file(const std::filesystem::path& file, kg::graph::GraphBuilder& builder,
                   const ReadOptions& options = {});

}  // namespace kg::ingest
