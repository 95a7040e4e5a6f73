// Large structures handed over at the end of a command instead of being destroyed: freeing a
// big corpus's millions of small allocations one by one costs a measurable share of a short
// audit (docs/performance.md), and the process's exit returns the memory at once.
//
//   keep_until_exit(std::move(corpus));  // corpus is left empty (moved from); nothing is freed
#pragma once

#include <memory>
#include <utility>
#include <vector>

namespace checker {

namespace detail {
// Never destroyed: its elements stay reachable (so leak checkers do not report them) and are
// never freed.
inline std::vector<void*>& kept_until_exit() {
  static auto* kept = new std::vector<void*>;
  return *kept;
}
}  // namespace detail

/// Moves `value` into storage that lives until the process exits and is never destroyed. Only
/// for values whose destructor does nothing but free memory (files are closed before).
template <typename T>
void keep_until_exit(T&& value) {
  detail::kept_until_exit().push_back(new std::decay_t<T>(std::forward<T>(value)));
}

}  // namespace checker
