// The export entry point: picks the writer, writes through AtomicFile, and reports what had to be changed.
#include "kg/export/export.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <system_error>

#include "attribute_schema.h"
#include "kg/graph/atomic_file.h"
#include "kg/graph/text.h"
#include "output.h"
#include "selection.h"
#include "writers.h"

namespace kg::io {
namespace {

using Writer = void (*)(const detail::WriteContext&, detail::Output&);

Writer writer_for(ExportFormat format) {
  switch (format) {
    case ExportFormat::graphml:
      return detail::write_graphml;
    case ExportFormat::gexf:
      return detail::write_gexf;
    case ExportFormat::dot:
      return detail::write_dot;
    case ExportFormat::cytoscape:
      return detail::write_cytoscape;
    case ExportFormat::facts:
      return detail::write_facts;
    case ExportFormat::neo4j_csv:
      break;
  }
  return nullptr;
}

// Writes one file through `sink`; returns the number of characters replaced by U+FFFD.
std::size_t write_to(detail::Output::Sink sink, Writer writer, const detail::WriteContext& context,
                     detail::Output::Progress& progress) {
  detail::Output out(std::move(sink), progress);
  writer(context, out);
  out.flush();
  return out.replaced();
}

// Writes one file; the file is left uncommitted.
std::size_t write_file(graph::AtomicFile& file, Writer writer, const detail::WriteContext& context,
                       detail::Output::Progress& progress) {
  return write_to([&file](std::string_view bytes) { file.write(bytes); }, writer, context, progress);
}

void warn(const ExportOptions& options, const std::filesystem::path& path, const std::string& message) {
  if (options.warn) options.warn(graph::SourceLocation{path.string(), 0, 0}, message);
}

std::size_t write_neo4j(const std::filesystem::path& folder, const detail::WriteContext& context,
                        detail::Output::Progress& progress) {
  std::error_code error;
  const bool created = std::filesystem::create_directories(folder, error);
  if (error) throw std::system_error(error, fmt::format("cannot create folder {}", folder.string()));
  try {
    const std::vector<std::filesystem::path> files = export_files(folder, ExportFormat::neo4j_csv);
    graph::AtomicFile nodes(files[0]);
    graph::AtomicFile relationships(files[1]);
    const std::size_t replaced = write_file(nodes, detail::write_neo4j_nodes, context, progress) +
                                 write_file(relationships, detail::write_neo4j_relationships, context, progress);
    nodes.commit();
    relationships.commit();
    return replaced;
  } catch (...) {
    if (created) std::filesystem::remove_all(folder, error);
    throw;
  }
}

}  // namespace

namespace {
constexpr std::string_view kGraphmlExtensions[] = {".graphml"};
constexpr std::string_view kGexfExtensions[] = {".gexf"};
constexpr std::string_view kDotExtensions[] = {".dot", ".gv"};
constexpr std::string_view kCytoscapeExtensions[] = {".cyjs", ".json"};
constexpr std::string_view kNeo4jExtensions[] = {".csv"};
constexpr std::string_view kFactsExtensions[] = {".jsonl", ".ndjson"};
constexpr ExportFormatInfo kFormats[] = {
    {ExportFormat::graphml, "graphml", kGraphmlExtensions},
    {ExportFormat::gexf, "gexf", kGexfExtensions},
    {ExportFormat::dot, "dot", kDotExtensions},
    {ExportFormat::cytoscape, "cytoscape", kCytoscapeExtensions},
    {ExportFormat::neo4j_csv, "neo4j-csv", kNeo4jExtensions},
    {ExportFormat::facts, "facts", kFactsExtensions},
};
}  // namespace

std::span<const ExportFormatInfo> export_formats() { return kFormats; }

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  for (const ExportFormatInfo& info : kFormats) {
    if (info.name == name) return info.format;
  }
  return std::nullopt;
}

std::optional<ExportFormat> format_from_path(const std::filesystem::path& path) {
  const std::string extension = graph::ascii_lowercase(path.extension().string());  // .GEXF as .gexf
  for (const ExportFormatInfo& info : kFormats) {
    for (std::string_view known : info.extensions) {
      if (extension == known) return info.format;
    }
  }
  if (!path.has_filename() || std::filesystem::is_directory(path)) return ExportFormat::neo4j_csv;
  return std::nullopt;
}

std::string export_format_names() {
  std::string names;
  for (std::size_t i = 0; i < std::size(kFormats); ++i) {
    if (i != 0) names += i + 1 == std::size(kFormats) ? " or " : ", ";
    names += kFormats[i].name;
  }
  return names;
}

std::string export_extensions() {
  std::string extensions;
  for (const ExportFormatInfo& info : kFormats) {
    for (std::string_view extension : info.extensions) {
      if (!extensions.empty()) extensions += ", ";
      extensions += extension;
    }
  }
  return extensions;
}

std::vector<std::filesystem::path> export_files(const std::filesystem::path& path, ExportFormat format) {
  if (format == ExportFormat::neo4j_csv) return {path / "nodes.csv", path / "relationships.csv"};
  return {path};
}

namespace {

// Writes `selection` of `graph` as options.format: neo4j-csv into the folder `path`, any other format through
// `sink` (null: into the file `path`). `path` names the output in warnings.
void export_to(const graph::Graph& graph, const graph::Subgraph* selection, const std::filesystem::path& path,
               const detail::Output::Sink* sink, const ExportOptions& options) {
  const detail::Selection chosen(graph, selection);
  const detail::AttributeSchema schema =
      options.format == ExportFormat::facts  // kg's own format keeps every key as it is
          ? detail::AttributeSchema{}
          : detail::infer_schema(graph, chosen, options.node_attributes,
                                 [&](const std::string& message) { warn(options, path, message); });
  if (options.format == ExportFormat::graphml && options.flavour == GraphmlFlavour::standard) {
    if (const std::size_t pairs = chosen.parallel_pairs(); pairs != 0) {
      warn(options, path,
           fmt::format("{} pair{} of nodes {} joined by several predicates; Gephi merges such edges on import "
                       "(plain GraphML has no edge type): use --flavour gephi, or GEXF, to keep them apart",
                       pairs, pairs == 1 ? "" : "s", pairs == 1 ? "is" : "are"));
    }
  }
  const detail::WriteContext context{graph, chosen, schema, options, path};
  detail::Output::Progress progress{options.progress, chosen.nodes().size() + chosen.edges().size()};
  std::size_t replaced = 0;
  if (sink != nullptr) {
    replaced = write_to(*sink, writer_for(options.format), context, progress);
  } else if (options.format == ExportFormat::neo4j_csv) {
    replaced = write_neo4j(path, context, progress);
  } else {
    graph::AtomicFile file(path);
    replaced = write_file(file, writer_for(options.format), context, progress);
    file.commit();
  }
  if (replaced != 0) {
    warn(options, path,
         fmt::format("replaced {} character{} the format cannot hold (control characters, U+FFFE/U+FFFF or invalid "
                     "UTF-8) with U+FFFD",
                     replaced, replaced == 1 ? "" : "s"));
  }
}

}  // namespace

void export_graph(const graph::Graph& graph, const graph::Subgraph* selection, const std::filesystem::path& path,
                  const ExportOptions& options) {
  export_to(graph, selection, path, nullptr, options);
}

void export_graph(const graph::Graph& graph, const graph::Subgraph* selection, std::FILE* stream,
                  const ExportOptions& options) {
  if (options.format == ExportFormat::neo4j_csv) {
    throw std::invalid_argument("neo4j-csv writes two files (a folder) and cannot go to a stream");
  }
  const detail::Output::Sink sink = [stream](std::string_view bytes) {
    if (std::fwrite(bytes.data(), 1, bytes.size(), stream) != bytes.size()) {
      throw std::system_error(errno, std::generic_category(), "cannot write the export to standard output");
    }
  };
  export_to(graph, selection, "<stdout>", &sink, options);
  if (std::fflush(stream) != 0) {
    throw std::system_error(errno, std::generic_category(), "cannot write the export to standard output");
  }
}

}  // namespace kg::io
