// graph_counts: loads a kg graph file through the installed kg package and prints its node and edge counts.
#include <exception>
#include <iostream>

#include "kg/graph/graph_file.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: graph_counts <file.kg>\n";
    return 2;
  }
  try {
    const kg::graph::Graph graph = kg::graph::load_graph_file(argv[1]);
    std::cout << "nodes: " << graph.node_count() << "\nedges: " << graph.edge_count() << '\n';
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "graph_counts: error: " << error.what() << '\n';
    return 1;
  }
}
