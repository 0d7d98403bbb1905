#include "../../ingest/ftm_model.h"

#include <catch2/catch.hpp>

using namespace kg::ingest::detail;

TEST_CASE("FtM link schemata name their two entity properties and kg's predicate", "[ingest]") {
  const FtmEdge* ownership = ftm_edge("Ownership");
  REQUIRE(ownership != nullptr);
  CHECK(ownership->source == "owner");
  CHECK(ownership->target == "asset");
  CHECK(ownership->predicate == "owns");
  REQUIRE(ftm_edge("Employment") != nullptr);
  CHECK(ftm_edge("Employment")->source == "employee");  // FtM draws employee → employer
  CHECK(ftm_edge("Debt")->source == "creditor");
  CHECK(ftm_edge("UnknownLink")->predicate == "linked_to");
  CHECK(ftm_edge("Person") == nullptr);
  CHECK(ftm_edge("ownership") == nullptr);  // schema names are case-sensitive, as in FtM
}

TEST_CASE("Every FtM schema is known, link or not, other names are not", "[ingest]") {
  for (const char* schema : {"Person", "Company", "Organization", "LegalEntity", "PublicBody", "Vessel", "Address",
                             "Sanction", "Passport", "Ownership", "Directorship", "Membership", "Family"}) {
    CHECK(ftm_schema(schema));
  }
  CHECK_FALSE(ftm_schema("Spaceship"));
}

TEST_CASE("Entity-valued properties of things give predicates, property names are known", "[ingest]") {
  CHECK(ftm_reference_predicate("addressEntity") == "has_address");
  CHECK(ftm_reference_predicate("holder") == "held_by");
  CHECK(ftm_reference_predicate("name").empty());
  for (const char* property : {"name", "alias", "weakAlias", "startDate", "endDate", "sourceUrl", "publisher",
                               "recordId", "percentage", "role", "birthDate", "imoNumber"}) {
    CHECK(ftm_property(property));
  }
  CHECK_FALSE(ftm_property("crewSize"));
}
