#include "signals.h"

#include <signal.h>
#include <unistd.h>

#include <cstring>

#include "kg/graph/atomic_file.h"
#include "kg/graph/graph_file.h"

namespace kg::cli {
namespace {

struct sigaction previous_bus {
}, previous_segv{};  // what a fault that is not ours goes back to (e.g. ASan's)

// Only async-signal-safe calls below: write, unlink (in remove_temporary_files), raise, _exit.
void say(const char* text) {
  for (std::size_t left = std::strlen(text); left > 0;) {
    const ssize_t written = ::write(STDERR_FILENO, text, left);
    if (written <= 0) return;
    text += written;
    left -= static_cast<std::size_t>(written);
  }
}

void on_termination(int signal) {
  graph::remove_temporary_files();
  ::signal(signal, SIG_DFL);
  ::raise(signal);
}

void on_fault(int signal, siginfo_t* info, void*) {
  graph::remove_temporary_files();
  const char* file = signal == SIGBUS ? graph::mapped_graph_file_at(info->si_addr) : nullptr;
  if (file == nullptr) file = graph::changed_graph_file();
  if (file != nullptr) {
    say("kg: error: ");
    say(file);
    say(": the graph file changed while kg was reading it (another program truncated or rewrote it in place; "
        "kg build replaces a graph file by renaming a new one onto it)\n");
    ::_exit(2);
  }
  // Not ours: put back the handler we replaced; returning re-runs the faulting access, which it then handles.
  ::sigaction(signal, signal == SIGBUS ? &previous_bus : &previous_segv, nullptr);
}

}  // namespace

void install_signal_handlers() {
  struct sigaction termination {};
  termination.sa_handler = on_termination;
  sigemptyset(&termination.sa_mask);
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction inherited {};
    ::sigaction(signal, nullptr, &inherited);
    if (inherited.sa_handler == SIG_IGN) continue;  // e.g. SIGINT for a background job, SIGHUP under nohup
    ::sigaction(signal, &termination, nullptr);
  }
  struct sigaction fault {};
  fault.sa_sigaction = on_fault;
  fault.sa_flags = SA_SIGINFO;
  sigemptyset(&fault.sa_mask);
  ::sigaction(SIGBUS, &fault, &previous_bus);
  ::sigaction(SIGSEGV, &fault, &previous_segv);
}

}  // namespace kg::cli
