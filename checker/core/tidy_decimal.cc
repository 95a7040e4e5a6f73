#include "checker/core/tidy_decimal.h"

#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

namespace checker {

double tidy_decimal(double x) {
  if (x == 0 || !std::isfinite(x)) return x;
  if (x == std::trunc(x)) return x;  // a whole number is as written ("1000000000000001 units")
  char buffer[32];
  const auto end = fmt::format_to_n(buffer, sizeof buffer - 1, "{:.15g}", x).out;
  *end = '\0';
  // Significant digits of the mantissa: from the first non-zero digit to the exponent.
  int digits = 0;
  bool started = false;
  for (const char* c = buffer; *c != '\0' && *c != 'e'; ++c) {
    if (*c < '0' || *c > '9') continue;
    started = started || *c != '0';
    digits += started;
  }
  if (digits > 12) return x;
  return std::strtod(buffer, nullptr);
}

}  // namespace checker
