// The unit names of the specs that we know, in our codes.
#include "units.h"

#include <cstdlib>
#include <map>
#include <optional>

#include <fmt/format.h>

namespace checker::eval {

namespace {

// The number written in a spec value ("1,5" or "1.5"), unrounded.
std::optional<double> number_value(const std::string& value) {
  std::string s;
  for (char c : value) {
    if (c == ',') s += '.';
    else if (c != '%' && c != ' ') s += c;
  }
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  const double d = std::strtod(s.c_str(), &end);
  if (end == s.c_str()) return std::nullopt;
  return d;
}

}  // namespace

std::string number_key(const std::string& value) {
  std::string s;
  for (char c : value) {
    if (c == ',') s += '.';
    else if (c != '%' && c != ' ') s += c;
  }
  if (s.empty()) return "";
  char* end = nullptr;
  const double d = std::strtod(s.c_str(), &end);
  if (end == s.c_str()) return "";
  // Eight significant digits: "12 ft 2 in" is 3.7084 m whether the feet and inches were summed
  // before or after converting, or the spec rounded 12 1/6 ft first (3.70840001).
  return fmt::format("{:.8g}", d);
}

std::string currency_key(const std::string& unit, const std::string& value) {
  static const std::map<std::string, std::string> kCodes = {
      {"Dollar", "USD"}, {"United States dollar", "USD"}, {"Dollar États-Unis", "USD"},
      {"Euro", "EUR"}, {"Pound", "GBP"}, {"British pound", "GBP"}, {"Livre", "GBP"},
      {"Chinese yuan", "CNY"}, {"Yuan Chinois", "CNY"}, {"Ruble", "RUB"}, {"Russian ruble", "RUB"},
      {"Dollar Canadien", "CAD"}, {"Canadian dollar", "CAD"}, {"Dollar Australien", "AUD"},
      {"Australian dollar", "AUD"}, {"Dollar de Hong Kong", "HKD"}, {"Hong Kong dollar", "HKD"},
      {"Yen Japonais", "JPY"}, {"Japanese yen", "JPY"}, {"Franc Suisse", "CHF"}, {"Swiss franc", "CHF"},
      {"Franc", "FRF"}, {"Finnish markka", "FIM"}, {"Peseta", "ESP"}, {"Netherlands guilder", "NLG"},
      {"Mexican peso", "MXN"}, {"New Zealand dollar", "NZD"}, {"Bitcoin", "XBT"}, {"Rupee", "INR"},
      {"Indian rupee", "INR"}, {"Turkish lira", "TRY"}, {"Costa Rican colón", "CRC"}, {"Georgian lari", "GEL"},
      {"Lao kip", "LAK"}, {"Deutsche Mark", "DEM"}, {"German mark", "DEM"}, {"Mark Finlandais", "FIM"},
      {"Florins Néerlandais", "NLG"}, {"Roupie", "INR"}, {"Roupie indienne", "INR"},
      {"Dollar néo-zélandais", "NZD"}};
  const auto it = kCodes.find(unit);
  if (unit == "Cent" || unit == "Pence" || unit == "Penny") {
    const std::string n = number_key(value);
    if (n.empty()) return unit;
    return std::string(unit == "Cent" ? "USD" : "GBP") + " " +
           number_key(fmt::format("{:.12g}", std::strtod(n.c_str(), nullptr) * 0.01));
  }
  return (it == kCodes.end() ? unit : it->second) + " " + number_key(value);
}

std::string dimension_key(const std::string& unit, const std::string& value) {
  struct Canonical {
    const char* code;
    double factor;
  };
  static const std::map<std::string, Canonical> kUnits = {
      {"Kilometer", {"m", 1000}}, {"Kilomètres", {"m", 1000}}, {"Kilomètre", {"m", 1000}},
      {"Meter", {"m", 1}}, {"Mètres", {"m", 1}}, {"Mètre", {"m", 1}},
      {"Square kilometer", {"km2", 1}}, {"Kilomètre carré", {"km2", 1}},
      {"Square meter", {"km2", 1e-6}}, {"Mètre carré", {"km2", 1e-6}},
      {"Metric ton", {"t", 1}}, {"Tonne métrique", {"t", 1}}, {"Tonne", {"t", 1}},
      {"Kilogram", {"t", 0.001}}, {"Kilogramme", {"t", 0.001}}, {"Mile", {"m", 1609.344}},
      {"Foot", {"m", 0.3048}}, {"Pied", {"m", 0.3048}}, {"Inch", {"m", 0.0254}}, {"Pouce", {"m", 0.0254}},
      {"Centimeter", {"m", 0.01}}, {"Centimètres", {"m", 0.01}}, {"Millimeter", {"m", 0.001}},
      {"Millimètres", {"m", 0.001}}, {"Litre", {"m3", 0.001}}, {"Liter", {"m3", 0.001}},
      {"Gallon", {"m3", 0.003785411784}}, {"Barrel", {"m3", 0.158987294928}}, {"Baril", {"m3", 0.158987294928}},
      {"Gram", {"t", 1e-6}}, {"Ton", {"t", 1}}, {"Acre", {"km2", 0.0040468564224}},
      {"Square mile", {"km2", 2.589988110336}}, {"Hectare", {"km2", 0.01}},
      {"Kilometer per hour", {"km/h", 1}}, {"Kilomètre par heure", {"km/h", 1}},
      {"Mile per hour", {"km/h", 1.609344}}, {"Miles par heure", {"km/h", 1.609344}},
      {"Ounce", {"t", 2.8349523125e-8}}, {"Onces", {"t", 2.8349523125e-8}}, {"Pound", {"t", 0.00045359237}},
      {"Microgram", {"t", 1e-12}}, {"Microgramme", {"t", 1e-12}}, {"Decimeter", {"m", 0.1}},
      {"Décimètres", {"m", 0.1}}, {"Hectomètre", {"m", 100}}, {"Cubic foot", {"m3", 0.028316846592}},
      {"Pieds cube", {"m3", 0.028316846592}}, {"Milliliter", {"m3", 1e-6}}, {"Millilitre", {"m3", 1e-6}},
      {"Tablespoon", {"m3", 1.478676478125e-5}}, {"Teaspoon", {"m3", 4.92892159375e-6}},
      {"Megabyte", {"B", 1e6}}, {"Bit", {"bit", 1}}, {"Degree", {"deg", 1}}, {"Radian", {"deg", 57.29577951308232}},
      {"Turn", {"deg", 360}}, {"Picometer", {"m", 1e-12}}, {"Cup", {"m3", 2.365882365e-4}},
      {"Meter per millisecond", {"km/h", 3600}}, {"Centimeter per millisecond", {"km/h", 36}},
      {"Kilometer per millisecond", {"km/h", 3.6e6}}};
  const auto it = kUnits.find(unit);
  if (it == kUnits.end()) return unit + " " + number_key(value);
  const std::optional<double> n = number_value(value);  // converted before rounding
  if (!n) return unit;
  return std::string(it->second.code) + " " + number_key(fmt::format("{:.12g}", *n * it->second.factor));
}

std::string range_key(const Value& v) {
  // Our bounds are inclusive unless the qualifier says "more than" / "less than"; the specs
  // write "between a and b" half-open, [a,b).
  if (v.qualifier == "between" && v.lower && v.upper)
    return fmt::format("[{:.12g},{:.12g})", *v.lower, *v.upper);
  const bool strict = v.qualifier == "more-than" || v.qualifier == "less-than";
  std::string out = v.lower ? (strict ? "(" : "[") : "(";
  if (v.lower) out += fmt::format("{:.12g}", *v.lower);
  out += ",";
  if (v.upper) out += fmt::format("{:.12g}", *v.upper);
  out += v.upper ? (strict ? ")" : "]") : ")";
  return out;
}

}  // namespace checker::eval
