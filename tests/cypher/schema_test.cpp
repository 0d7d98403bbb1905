#include "kg/cypher/schema.h"

#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

TEST_CASE("The schema lists labels, relationship types and property keys with their counts", "[cypher]") {
  const auto& graph = kg::cypher::test::triangle();
  CHECK(kg::cypher::test::rows_of(graph, kg::cypher::schema(graph)) ==
        std::vector<std::string>{
            "'label' | 'Person' | 3",
            "'label' | 'Organization' | 1",
            "'relationship type' | 'knows' | 4",
            "'relationship type' | 'funds' | 1",
            "'node property' | 'aliases' | 4",
            "'node property' | 'id' | 4",
            "'node property' | 'name' | 4",
            "'node property' | 'age' | 2",
            "'relationship property' | 'confidence' | 5",
            "'relationship property' | 'first_date' | 5",
            "'relationship property' | 'last_date' | 5",
            "'relationship property' | 'quotes' | 5",
            "'relationship property' | 'source_count' | 5",
            "'relationship property' | 'sources' | 5",
            "'relationship property' | 'statements' | 5",
        });
}
