// kg: the command-line front end. A dispatcher only: each subcommand lives in cli/commands/<name>.cpp.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <string>
#include <system_error>
#include <vector>

#include "commands/command.h"
#include "diagnostics.h"
#include "kg/graph/diagnostics.h"
#include "kg/graph/graph_file.h"
#include "kg/graph/name_fold.h"
#include "kg/graph/text.h"
#include "kg_version.h"
#include "signals.h"

namespace {

using AddCommand = void (*)(CLI::App&);
constexpr AddCommand kCommands[] = {
    kg::cli::add_build_command,       kg::cli::add_info_command,    kg::cli::add_path_command,
    kg::cli::add_neighbours_command,  kg::cli::add_export_command,  kg::cli::add_query_command,
    kg::cli::add_shell_command,       kg::cli::add_rank_command,    kg::cli::add_components_command,
    kg::cli::add_communities_command, kg::cli::add_brokers_command, kg::cli::add_duplicates_command,
    kg::cli::add_sources_command,     kg::cli::add_facts_command,   kg::cli::add_show_command,
};

// When the first argument names no command (`kg pth`), says so and suggests the closest ("did you mean `path`?");
// returns false when there is nothing to say (an option, a known command or alias, no argument).
bool reject_unknown_command(const CLI::App& app, int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') return false;
  const std::string word = kg::graph::fold_name(argv[1]);
  std::string closest, names;
  std::size_t best = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
    std::vector<std::string> spellings = command->get_aliases();
    spellings.push_back(command->get_name());
    for (const std::string& spelling : spellings) {
      if (spelling == word) return false;
      const std::size_t distance = kg::graph::edit_distance(word, spelling, best);
      if (distance < best) {
        best = distance;
        closest = command->get_name();
      }
    }
    names += (names.empty() ? "" : ", ") + command->get_name();
  }
  if (closest.empty()) {
    fmt::print(stderr, "kg: error: unknown command \"{}\"; the commands are {} (kg --help)\n",
               kg::graph::escape_controls(argv[1]), names);
  } else {
    fmt::print(stderr, "kg: error: unknown command \"{}\"; did you mean `{}`?\n", kg::graph::escape_controls(argv[1]),
               closest);
  }
  return true;
}

// Parses the command line and runs the command; every error becomes a message on stderr and an exit status.
int run(int argc, char** argv) {
  CLI::App app{"kg: build typed knowledge graphs from analysts' facts, and query and export them", "kg"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "kg " KG_VERSION_TEXT);
  for (AddCommand add : kCommands) add(app);
  if (reject_unknown_command(app, argc, argv)) return 2;
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
    fmt::print(stderr, "kg: error: {}\n", kg::graph::escape_controls(error.what(), true));
  } catch (const std::system_error& error) {
    fmt::print(stderr, "kg: error: {}\n", kg::graph::escape_controls(error.what(), true));
  } catch (const std::exception& error) {
    fmt::print(stderr, "kg: error: {}\n", kg::graph::escape_controls(error.what(), true));
  }
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  kg::cli::install_signal_handlers();
  try {
    return run(argc, argv);
  } catch (...) {  // even printing the error failed (out of memory, stderr closed)
    std::fputs("kg: error: unexpected failure\n", stderr);
    return 2;
  }
}
