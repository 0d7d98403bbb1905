#pragma once
/// The kg subcommands. Each file in cli/commands/ defines one `add_<name>_command`, which declares the
/// subcommand's options on `app` and sets its callback; cli/main.cpp lists them in one table.
#include <CLI/CLI.hpp>

namespace kg::cli {

/// Thrown by a command to end with `status` after it has printed what it had to say (e.g. 1: no path found).
struct ExitStatus {
  int status;
};

void add_build_command(CLI::App& app);
void add_info_command(CLI::App& app);
void add_path_command(CLI::App& app);
void add_neighbours_command(CLI::App& app);
void add_export_command(CLI::App& app);
void add_rank_command(CLI::App& app);
void add_components_command(CLI::App& app);
void add_communities_command(CLI::App& app);
void add_brokers_command(CLI::App& app);
void add_duplicates_command(CLI::App& app);
void add_sources_command(CLI::App& app);
void add_facts_command(CLI::App& app);
void add_show_command(CLI::App& app);
void add_query_command(CLI::App& app);
void add_shell_command(CLI::App& app);

}  // namespace kg::cli
