#pragma once
// How kg dies: an interrupted command removes its temporary files, and a graph file truncated while mapped is an
// error naming it instead of a crash.

namespace kg::cli {

/// SIGINT, SIGTERM and SIGHUP (unless ignored when kg started) remove every AtomicFile's temporary file, then end kg by
/// the same signal as before. SIGBUS or SIGSEGV when a mapped graph file has shrunk or changed since it was loaded
/// prints `kg: error: <file>: the graph file changed ...` and exits with status 2; any other fault kills kg as usual.
void install_signal_handlers();

}  // namespace kg::cli
