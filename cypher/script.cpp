#include "kg/cypher/script.h"

#include "kg/graph/diagnostics.h"
#include "lexer.h"

namespace kg::cypher {

std::vector<ScriptStatement> split_statements(std::string_view script, std::string_view source_name) {
  const detail::Source source{script, std::string(source_name)};
  const std::vector<detail::Token> tokens = detail::tokenize(source);
  std::vector<ScriptStatement> statements;
  std::size_t first = 0;  // the first token of the current statement
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const bool end = tokens[i].kind == detail::TokenKind::end || tokens[i].is_symbol(";");
    if (!end) continue;
    if (i > first) {
      const std::uint32_t begin = tokens[first].offset;
      const graph::SourceLocation at = source.location(begin);
      statements.push_back({script.substr(begin, tokens[i].offset - begin), at.line, at.column});
    }
    first = i + 1;
  }
  return statements;
}

bool statement_complete(std::string_view text) {
  try {
    const std::vector<detail::Token> tokens = detail::tokenize(detail::Source{text});
    return tokens.size() >= 2 && tokens[tokens.size() - 2].is_symbol(";");
  } catch (const graph::InputError&) {
    return false;  // an open string or comment: the statement goes on
  }
}

}  // namespace kg::cypher
