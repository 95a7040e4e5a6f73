// A date's TIMEX3 modifier in one byte: a claim holds three dates, a corpus millions of claims.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

#include "checker/core/interned_string.h"

namespace checker {

/// A TIMEX3 modifier ("", "START", "MID", "END", "APPROX", "BEFORE", "AFTER"…) as a one-byte
/// number into a process-wide table of the texts seen. Reads like the InternedString it replaced
/// and is assigned from any text; equal texts have equal numbers.
///   DateMod m = "END";
///   assert(m == "END" && !m.empty() && DateMod().empty() && m.str() == "END");
/// The table holds 255 texts besides "": the grammars write a handful, but a claim file or a
/// store could bring more, so their readers use find_or_add() and refuse the record when it is
/// full; the constructors throw std::length_error then (an internal error).
class DateMod {
 public:
  DateMod() = default;
  DateMod(const std::string& text) : DateMod(std::string_view(text)) {}  // NOLINT: as an interned field was
  DateMod(const char* text) : DateMod(std::string_view(text)) {}         // NOLINT
  DateMod(const InternedString& text) : DateMod(std::string_view(text.str())) {}  // NOLINT
  explicit DateMod(std::string_view text);

  /// The modifier for `text`, or nullopt when the table is full and does not hold it.
  static std::optional<DateMod> find_or_add(std::string_view text);

  const std::string& str() const;
  operator const std::string&() const { return str(); }  // NOLINT: reads as the string it replaced
  bool empty() const { return id_ == 0; }

  friend bool operator==(DateMod a, DateMod b) { return a.id_ == b.id_; }
  friend bool operator!=(DateMod a, DateMod b) { return a.id_ != b.id_; }
  friend bool operator==(DateMod a, const char* b) { return a.str() == b; }
  friend bool operator!=(DateMod a, const char* b) { return a.str() != b; }
  friend std::string operator+(const std::string& a, DateMod b) { return a + b.str(); }
  friend std::string operator+(std::string&& a, DateMod b) { return std::move(a) + b.str(); }
  friend std::string operator+(const char* a, DateMod b) { return a + b.str(); }
  friend std::ostream& operator<<(std::ostream& out, DateMod m) { return out << m.str(); }

 private:
  uint8_t id_ = 0;
};

/// JSON libraries find this by argument-dependent lookup (nlohmann's to_json): written as its text.
template <typename Json>
void to_json(Json& j, const DateMod& m) {
  j = m.str();
}

}  // namespace checker
