#include "kg/query/value.h"

#include <catch2/catch.hpp>
#include <string>

using kg::query::Value;

TEST_CASE("A default value is null, and every factory gives its kind", "[query]") {
  CHECK(Value().is_null());
  CHECK(Value::boolean(true).kind() == Value::Kind::boolean);
  CHECK(Value::boolean(true).as_boolean());
  CHECK(Value::integer(-7).as_integer() == -7);
  CHECK(Value::real(0.5).as_real() == 0.5);
  CHECK(Value::node(kg::graph::NodeId{4}).as_node() == kg::graph::NodeId{4});
  CHECK(Value::relationship(kg::graph::EdgeId{9}).as_relationship() == kg::graph::EdgeId{9});
  CHECK(Value::integer(1).kind() != Value::real(1.0).kind());
}

TEST_CASE("Numbers are integers or floats, and as_number reads both", "[query]") {
  CHECK(Value::integer(3).is_number());
  CHECK(Value::real(2.5).is_number());
  CHECK_FALSE(Value::string("3").is_number());
  CHECK(Value::integer(3).as_number() == 3.0);
}

TEST_CASE("An owned string keeps its text after the source is gone, a borrowed one points at it", "[query]") {
  Value owned;
  {
    std::string text = "Mirzo Ziyoev";
    owned = Value::string(text);
    text.assign("overwritten!");
  }
  CHECK(owned.as_string() == "Mirzo Ziyoev");
  const std::string pool = "Dushanbe";
  const Value borrowed = Value::graph_string(pool);
  CHECK(borrowed.as_string().data() == pool.data());
  const Value copy = owned;  // copies share the text
  CHECK(copy.as_string().data() == owned.as_string().data());
}

TEST_CASE("Lists, maps and paths hold their contents, and find looks up a map key", "[query]") {
  const Value list = Value::list({Value::integer(1), Value(), Value::string("x")});
  REQUIRE(list.as_list().size() == 3);
  CHECK(list.as_list()[1].is_null());
  const Value map = Value::map({{"name", Value::string("IMU")}, {"year", Value::integer(1998)}});
  REQUIRE(map.find("year") != nullptr);
  CHECK(map.find("year")->as_integer() == 1998);
  CHECK(map.find("missing") == nullptr);
  kg::query::Path path;
  path.nodes = {kg::graph::NodeId{1}, kg::graph::NodeId{2}};
  path.hops = {{kg::graph::EdgeId{0}, kg::query::HopDirection::backward}};
  const Value walked = Value::path(path);
  CHECK(walked.as_path() == path);
  CHECK(walked.as_path().length() == 1);
}

TEST_CASE("Kind names are Cypher's type names", "[query]") {
  CHECK(kg::query::kind_name(Value::Kind::real) == "FLOAT");
  CHECK(kg::query::kind_name(Value::Kind::relationship) == "RELATIONSHIP");
  CHECK(kg::query::kind_name(Value().kind()) == "NULL");
}
