#pragma once
// An option that takes one of a few names (any case) and stores the value paired with it. CLI11's transformers
// would show their value map ({csv->2,...}) in --help and accept the numbers; this lists the names only.
#include <CLI/CLI.hpp>
#include <string>
#include <utility>
#include <vector>

#include "kg/graph/text.h"

namespace kg::cli {

template <class T>
CLI::Option* add_choice_option(CLI::App& command, const std::string& name, T& target,
                               std::vector<std::pair<std::string, T>> choices, const std::string& help) {
  std::vector<std::string> names;
  names.reserve(choices.size());
  for (const auto& choice : choices) names.push_back(choice.first);
  return command
      .add_option_function<std::string>(
          name,
          [&target, choices = std::move(choices)](const std::string& given) {
            for (const auto& [choice, value] : choices) {
              if (graph::equals_ascii_folded(given, choice)) target = value;
            }
          },
          help)
      ->check(CLI::IsMember(names, CLI::ignore_case));
}

}  // namespace kg::cli
