// Symbol tables shared by the value grammars (scale words, currencies, units, months).
#pragma once

#include <cctype>
#include <memory>
#include <string>
#include <string_view>

#include <boost/spirit/home/x3.hpp>

namespace checker::tables {

namespace x3 = boost::spirit::x3;

struct Unit {
  std::string code;       // canonical code: "km2", "t", "USD", "%"
  std::string kind;       // "currency", "unit" or "percent"
  double factor = 1;      // multiply to reach the canonical unit (kg -> t: 0.001)
};

const x3::symbols<double>& scales(bool english);
// Scales written glued to an amount after a currency sign ("£250m", "$1.2tn").
const x3::symbols<double>& glued_money_scales();
const x3::symbols<Unit>& units();
const x3::symbols<Unit>& currency_prefixes();
/// Units of one language only: English "cent" ("a 12-cent dividend"; French "cent" is a hundred).
const x3::symbols<Unit>& english_units();
/// Units whose word means something else unless the count says otherwise: turns (fr "tours":
/// also towers and election rounds) and cups (also trophies) are read after a count that is not
/// a whole number ("un demi-tour", "1/2 cup", "trois quarts de tour"); see counted_unit_allowed.
const x3::symbols<Unit>& counted_units(bool english);
/// Money only after a scale word: "361 million pounds" (alone, "25 pounds" is as often a weight).
const x3::symbols<Unit>& scaled_currencies();
/// Hundredths after an amount: "3 dollars 50 cents", "10 euros 30 centimes" (factor 0.01).
const x3::symbols<Unit>& currency_subunits(bool english);
const x3::symbols<int>& months(bool english);

/// A symbol table used inside a grammar by reference. X3 composes parsers by copying them, and a
/// copied symbols parser copies a shared pointer to its table: an atomic count that every thread
/// reading text would increment and decrement for each grammar built.
///   const auto month = by_ref(months(false))[set_month];
template <typename Symbols>
struct SymbolsRef : x3::parser<SymbolsRef<Symbols>> {
  using attribute_type = typename Symbols::attribute_type;
  static bool const has_attribute = Symbols::has_attribute;
  explicit SymbolsRef(const Symbols& s) : symbols(std::addressof(s)) {}  // X3 overloads unary &
  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, const Iterator& last, const Context& context, RContext& rcontext, Attribute& attr) const {
    return symbols->parse(first, last, context, rcontext, attr);
  }
  const Symbols* symbols;
};

template <typename Symbols>
SymbolsRef<Symbols> by_ref(const Symbols& s) { return SymbolsRef<Symbols>(s); }

/// Adds `word` and its capitalized form (sentence starts: "Plus de", "Hier").
template <typename T>
void add_capitalized(x3::symbols<T>& s, const std::string& word, const T& value) {
  s.add(word, value);
  std::string upper = word;
  upper[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(upper[0])));
  s.add(upper, value);
}

/// True when a word ends at `pos`: the end of text or a byte that is not a letter or digit
/// (any non-ASCII byte counts as a letter); with `hyphen_joins`, a hyphen continues the word
/// ("mois-lumière" is not "mois").
bool word_ends(std::string_view text, size_t pos, bool hyphen_joins = false);

/// True when the byte at `pos` continues a word (so a unit or scale word there is a prefix of
/// something else: "3 mois" is not 3 metres): a letter, digit, '_', or the lead byte of a Latin-1
/// or Latin Extended-A letter (é, œ …).
bool continues_word(std::string_view text, size_t pos);

/// Whitespace inside values: space, no-break space, narrow no-break space.
inline const auto ws = +(x3::lit(' ') | x3::lit("\xC2\xA0") | x3::lit("\xE2\x80\xAF"));

}  // namespace checker::tables
