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

}  // namespace kg::cli
