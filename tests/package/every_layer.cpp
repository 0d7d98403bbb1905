// every_layer: links every kg library through the installed package (pkg-config --static in package_test.cmake):
// reads fact files, runs a Cypher count, PageRank over the whole graph and a GraphML export to standard output.
#include <cstdio>
#include <exception>
#include <iostream>

#include "kg/analytics/page_rank.h"
#include "kg/analytics/snapshot.h"
#include "kg/cypher/cypher.h"
#include "kg/export/export.h"
#include "kg/graph/builder.h"
#include "kg/ingest/reader.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: every_layer <facts.json>\n";
    return 2;
  }
  try {
    kg::graph::GraphBuilder builder;
    kg::ingest::read_input(argv[1], builder);
    const kg::graph::Graph graph = builder.build();
    const kg::query::ResultTable table = kg::cypher::prepare(graph, "MATCH (n) RETURN count(*)").run();
    const kg::analytics::Snapshot snapshot(graph);
    const kg::analytics::PageRankResult ranks = kg::analytics::page_rank(snapshot);
    std::cout << "entities: " << table.row(0)[0].as_integer() << "\nranked: " << ranks.values.size() << '\n';
    std::cout.flush();
    kg::io::export_graph(graph, nullptr, stdout, {.format = kg::io::ExportFormat::graphml});
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "every_layer: error: " << error.what() << '\n';
    return 1;
  }
}
