// kg: the command-line front end. A dispatcher only: each subcommand lives in cli/commands/<name>.cpp.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <system_error>

#include "commands/command.h"
#include "diagnostics.h"
#include "kg/graph/diagnostics.h"
#include "kg/graph/graph_file.h"

namespace {

using AddCommand = void (*)(CLI::App&);
constexpr AddCommand kCommands[] = {
    kg::cli::add_build_command,      kg::cli::add_info_command,   kg::cli::add_path_command,
    kg::cli::add_neighbours_command, kg::cli::add_export_command,
};

// Parses the command line and runs the command; every error becomes a message on stderr and an exit status.
int run(int argc, char** argv) {
  CLI::App app{"kg: build typed knowledge graphs from analysts' facts, and query and export them", "kg"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "kg 0.1.0");
  for (AddCommand add : kCommands) add(app);
  try {
    app.parse(argc, argv);
    return 0;
  } catch (const CLI::ParseError& error) {
    // --help and --version succeed; any other usage error is exit status 2, as every error is.
    return app.exit(error) == 0 ? 0 : 2;
  } catch (const kg::cli::ExitStatus& exit) {
    return exit.status;
  } catch (const kg::graph::InputError& error) {
    kg::cli::print_diagnostic("error", error.where(), error.message());
  } catch (const kg::graph::GraphFileError& error) {
    fmt::print(stderr, "kg: error: {}\n", error.what());
  } catch (const std::system_error& error) {
    fmt::print(stderr, "kg: error: {}\n", error.what());
  } catch (const std::exception& error) {
    fmt::print(stderr, "kg: error: {}\n", error.what());
  }
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (...) {  // even printing the error failed (out of memory, stderr closed)
    std::fputs("kg: error: unexpected failure\n", stderr);
    return 2;
  }
}
