// kg shell GRAPH [options]: an interactive session. Statements may span lines and end with `;`; lines starting
// with `:` are shell commands (:help). Line editing and history come from libedit when stdin is a terminal; Ctrl-C
// cancels the running statement, not the shell.
#include <editline/readline.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>

#include "commands/command.h"
#include "commands/cypher_options.h"
#include "commands/query_options.h"
#include "diagnostics.h"
#include "kg/cypher/parameters.h"
#include "kg/cypher/result_elements.h"
#include "kg/cypher/schema.h"
#include "kg/export/export.h"
#include "kg/graph/graph_file.h"
#include "kg/graph/text.h"
#include "kg/render/output.h"
#include "kg/render/result_table.h"

namespace kg::cli {
namespace {

std::string trimmed(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

/// A name `$name` can use: a letter or `_`, then letters, digits and `_`.
bool is_parameter_name(const std::string& name) {
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

std::atomic<bool> interrupted{false};

extern "C" void on_interrupt(int) { interrupted.store(true); }

constexpr std::string_view kHelp = R"(Statements end with ; and may span lines (docs/QUERY.md has the language).
Commands:
  :help                  this text
  :schema                labels, relationship types and property keys, with counts
  :format [table|json|csv]  show or set the output format
  :param                 list the parameters
  :param name=JSON       set $name (e.g. :param who="Ziyoev")
  :param name            forget $name
  :export FILE           write the last result's nodes, relationships and paths as a subgraph file
  :quit                  leave (Ctrl-D does too)
Ctrl-C cancels a running statement.
)";

/// Lines from the terminal (libedit: editing, history in ~/.kg_history) or, when stdin is not one, plain lines.
class LineReader {
 public:
  LineReader() : interactive_(::isatty(STDIN_FILENO) != 0) {
    if (!interactive_) return;
    if (const char* home = std::getenv("HOME")) history_ = std::string(home) + "/.kg_history";
    using_history();
    stifle_history(1000);
    if (!history_.empty()) read_history(history_.c_str());
  }
  ~LineReader() {
    if (interactive_ && !history_.empty()) write_history(history_.c_str());
  }
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  bool interactive() const { return interactive_; }

  std::optional<std::string> read(const char* prompt) {
    if (!interactive_) {
      std::string line;
      if (!std::getline(std::cin, line)) return std::nullopt;
      return line;
    }
    char* raw = readline(prompt);
    if (raw == nullptr) return std::nullopt;
    std::string line(raw);
    std::free(raw);
    if (line.find_first_not_of(" \t") != std::string::npos) add_history(line.c_str());
    return line;
  }

 private:
  bool interactive_;
  std::string history_;
};

class Shell {
 public:
  Shell(const graph::Graph& graph, std::string graph_path, CypherOptions options)
      : graph_(graph),
        graph_path_(std::move(graph_path)),
        options_(std::move(options)),
        parameters_(read_parameters(options_)) {}

  void run() {
    std::string buffer;
    for (;;) {
      interrupted.store(false);
      const std::optional<std::string> line = reader_.read(buffer.empty() ? "kg> " : "  > ");
      if (interrupted.load()) {  // Ctrl-C while typing drops the statement, not the shell
        buffer.clear();
        if (!line) fmt::print("\n");
        continue;
      }
      if (!line) break;
      const std::size_t first = line->find_first_not_of(" \t");
      if (buffer.empty() && first == std::string::npos) continue;
      if (buffer.empty() && (*line)[first] == ':') {
        if (!command(line->substr(first))) return;
        continue;
      }
      buffer += *line + "\n";
      if (cypher::statement_complete(buffer)) {
        execute(buffer);
        buffer.clear();
      }
    }
    if (buffer.find_first_not_of(" \t\n") != std::string::npos) execute(buffer);  // the last one may lack its ;
    if (reader_.interactive()) fmt::print("\n");
  }

 private:
  // Runs every statement of `text`; errors are printed and the shell goes on.
  void execute(const std::string& text) {
    std::vector<cypher::ScriptStatement> statements;
    try {
      statements = cypher::split_statements(text, "query");
    } catch (const graph::InputError& error) {
      print_diagnostic("error", error.where(), error.message(), text);
      return;
    }
    for (const cypher::ScriptStatement& statement : statements) {
      const auto start = std::chrono::steady_clock::now();
      try {
        query::ResultTable table = run_statement(graph_, statement, text, "query", parameters_, options_,
                                                 run_options(graph_, options_, &interrupted));
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        render::Output out(stdout);
        render::render_result_table(graph_, table, evidence(), options_.render, out);
        out.flush();
        fmt::print(stderr, "({} row{}, {:.1f} ms)\n", table.row_count(), table.row_count() == 1 ? "" : "s", ms);
        last_ = std::move(table);
      } catch (const ExitStatus&) {
        // run_statement printed the error
      } catch (const cypher::QueryInterrupted& stop) {
        fmt::print(stderr, "kg: {}\n", stop.what());
      } catch (const graph::InputError& error) {
        print_diagnostic("error", error.where(), error.message());
      }
    }
  }

  query::Filter evidence() const { return query::resolve_filter(graph_, options_.evidence, "kg shell"); }

  // One :command; false to leave the shell.
  bool command(const std::string& line) {
    const std::size_t space = line.find_first_of(" \t");
    const std::string name = line.substr(0, space);
    std::string argument = space == std::string::npos ? "" : line.substr(line.find_first_not_of(" \t", space));
    while (!argument.empty() && (argument.back() == ' ' || argument.back() == '\t')) argument.pop_back();
    try {
      if (name == ":quit" || name == ":exit" || name == ":q") return false;
      if (name == ":help") {
        fmt::print("{}", kHelp);
      } else if (name == ":schema") {
        render::Output out(stdout);
        render::render_result_table(graph_, cypher::schema(graph_), {}, options_.render, out);
        out.flush();
      } else if (name == ":format") {
        format(argument);
      } else if (name == ":param") {
        parameter(argument);
      } else if (name == ":export") {
        export_last(argument);
      } else {
        fmt::print(stderr, "kg: unknown command {}: try :help\n", name);
      }
    } catch (const graph::InputError& error) {
      print_diagnostic("error", error.where(), error.message(), argument);
    } catch (const std::exception& error) {
      fmt::print(stderr, "kg: error: {}\n", graph::escape_controls(error.what(), true));
    }
    return true;
  }

  void format(const std::string& argument) {
    constexpr std::pair<std::string_view, render::Style> kStyles[] = {
        {"table", render::Style::table}, {"json", render::Style::json}, {"csv", render::Style::csv}};
    for (const auto& [style_name, style] : kStyles) {
      if (argument.empty() && options_.render.style == style) fmt::print("{}\n", style_name);
      if (argument == style_name) options_.render.style = style;
    }
    if (!argument.empty() && argument != "table" && argument != "json" && argument != "csv") {
      fmt::print(stderr, "kg: unknown format {}: expected table, json or csv\n", argument);
    }
  }

  void parameter(const std::string& argument) {
    if (argument.empty()) {
      for (const auto& [key, value] : parameters_) {
        query::ResultTable one({"$" + key});
        one.add_row({value});
        render::Output out(stdout);
        render::render_result_table(graph_, one, {}, {.style = render::Style::json}, out);
      }
      return;
    }
    const std::size_t equals = argument.find('=');
    const std::string key = trimmed(argument.substr(0, equals));
    if (!is_parameter_name(key)) {
      fmt::print(stderr, "kg: :param expects a name, or name=JSON (e.g. :param who=\"Ziyoev\"), got \"{}\"\n",
                 argument);
      return;
    }
    const auto same =
        std::find_if(parameters_.begin(), parameters_.end(), [&](const auto& p) { return p.first == key; });
    if (equals == std::string::npos) {
      if (same != parameters_.end()) parameters_.erase(same);
      return;
    }
    query::Value value = cypher::parameter_from_json(argument.substr(equals + 1), ":param " + key);
    if (same != parameters_.end()) {
      same->second = std::move(value);
    } else {
      parameters_.emplace_back(key, std::move(value));
    }
  }

  void export_last(const std::string& path) {
    if (!last_) {
      fmt::print(stderr, "kg: no result to export yet\n");
      return;
    }
    if (!io::format_from_path(path)) {
      fmt::print(stderr, "kg: cannot tell the export format from the file name {}: use {}\n", path,
                 io::export_extensions());
      return;
    }
    export_result(graph_, cypher::result_elements(graph_, *last_), path, graph_path_);
    fmt::print(stderr, "wrote {}\n", path);
  }

  const graph::Graph& graph_;
  std::string graph_path_;
  CypherOptions options_;
  cypher::Parameters parameters_;
  std::optional<query::ResultTable> last_;
  LineReader reader_;
};

void run_shell(const std::string& graph_path, const CypherOptions& options) {
  const graph::Graph graph = graph::load_graph_file(graph_path);
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  struct sigaction previous {};
  sigaction(SIGINT, &action, &previous);
  Shell shell(graph, graph_path, options);
  if (::isatty(STDIN_FILENO) != 0) {
    fmt::print("kg shell on {} ({} entities, {} relationships). :help for help, :quit to leave.\n", graph_path,
               graph.node_count(), graph.edge_count());
  }
  shell.run();
  sigaction(SIGINT, &previous, nullptr);
}

}  // namespace

void add_shell_command(CLI::App& app) {
  auto graph_path = std::make_shared<std::string>();
  auto options = std::make_shared<CypherOptions>();
  CLI::App* command = app.add_subcommand("shell", "An interactive Cypher session over a graph (:help inside)");
  command->add_option("graph", *graph_path, "Graph file built by kg build")->required();
  add_cypher_options(*command, *options);
  command->callback([graph_path, options] { run_shell(*graph_path, *options); });
}

}  // namespace kg::cli
