// Symbol tables shared by the value grammars (scale words, currencies, units, months).
#pragma once

#include <string>

#include <boost/spirit/home/x3.hpp>

namespace checker::tables {

namespace x3 = boost::spirit::x3;

struct Unit {
  std::string code;       // canonical code: "km2", "t", "USD", "%"
  std::string kind;       // "currency", "unit" or "percent"
  double factor = 1;      // multiply to reach the canonical unit (kg -> t: 0.001)
};

const x3::symbols<double>& scales(bool english);
const x3::symbols<Unit>& units();
const x3::symbols<Unit>& currency_prefixes();
const x3::symbols<int>& months(bool english);

/// Whitespace inside values: space, no-break space, narrow no-break space.
inline const auto ws = +(x3::lit(' ') | x3::lit("\xC2\xA0") | x3::lit("\xE2\x80\xAF"));

}  // namespace checker::tables
