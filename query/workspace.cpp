// Workspace: owns the Scratch arrays; they are sized lazily, per array, by the algorithms that use them.
#include "kg/query/workspace.h"

#include "scratch.h"

namespace kg::query {

Workspace::Workspace() : scratch_(std::make_unique<detail::Scratch>()) {}
Workspace::~Workspace() = default;
Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;

}  // namespace kg::query
