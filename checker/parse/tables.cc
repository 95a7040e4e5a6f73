// The words and symbols of values, in French and English.
#include "checker/parse/tables.h"

#include <cctype>

namespace checker::tables {
namespace {

void add_with_capital(x3::symbols<int>& s, const char* name, int value) { add_capitalized(s, name, value); }

x3::symbols<Unit> make_units() {
  x3::symbols<Unit> s;
  auto cur = [&](std::initializer_list<const char*> names, const char* code) {
    for (auto n : names) s.add(n, Unit{code, "currency", 1});
  };
  cur({"dollars", "dollar", "dollars américains", "USD", "$", "US$"}, "USD");
  cur({"euros", "euro", "EUR", "€"}, "EUR");
  cur({"livres sterling", "GBP", "£"}, "GBP");
  cur({"tenge", "tenges", "KZT"}, "KZT");
  cur({"roubles", "rouble", "rubles", "ruble", "RUB"}, "RUB");
  cur({"yuans", "yuan", "CNY"}, "CNY");
  cur({"dollars canadiens", "dollar canadien", "Canadian dollars", "Canadian dollar", "canadian dollars",
       "canadian dollar", "$ c", "$CAD", "CAD", "C$"}, "CAD");
  cur({"dollars australiens", "dollar australien", "Australian dollars", "Australian dollar", "australian dollars",
       "australian dollar", "A$", "AUD"}, "AUD");
  cur({"dollars de Hong Kong", "Hong Kong dollars", "hong kong dollars", "$ hk", "$HK", "HK$", "HKD"}, "HKD");
  cur({"yens", "yen", "yens japonais", "Japanese yen", "japanese yen", "JPY", "¥"}, "JPY");
  cur({"francs suisses", "franc suisse", "Swiss francs", "Swiss franc", "swiss francs", "swiss franc", "CHF"}, "CHF");
  cur({"US dollars", "US dollar", "us dollars", "us dollar", "U.S. dollars"}, "USD");
  cur({"Chinese yuan", "chinese yuan"}, "CNY");
  // Hundredths, in the currency they divide ("cents" alone is dollars'; French "cent" is a number).
  for (auto n : {"cents", "US cents"}) s.add(n, Unit{"USD", "currency", 0.01});
  for (auto n : {"pence", "penny"}) s.add(n, Unit{"GBP", "currency", 0.01});
  cur({"francs", "franc", "French francs"}, "FRF");  // historic ISO 4217 code: archives quote them
  cur({"pounds sterling", "pound sterling", "livre sterling"}, "GBP");
  cur({"usd", "us$"}, "USD");
  cur({"eur"}, "EUR");
  cur({"gbp"}, "GBP");
  cur({"rmb", "RMB", "renminbi", "元"}, "CNY");
  cur({"rupees", "rupee", "roupies", "roupie", "INR", "₹"}, "INR");
  cur({"turkish lira", "turkish liras", "Turkish lira", "Turkish liras", "livres turques", "livre turque", "TRY"}, "TRY");
  cur({"bitcoins", "bitcoin", "BTC", "₿"}, "XBT");
  cur({"finnish markka", "Finnish markka", "markkas", "markka", "marks finlandais", "mark finlandais"}, "FIM");  // historic codes
  cur({"pesetas", "peseta"}, "ESP");
  cur({"dutch guilders", "Dutch guilders", "guilders", "guilder", "florins", "florin"}, "NLG");
  cur({"Deutsche marks", "deutsche marks", "deutschemarks", "deutschmarks", "DM"}, "DEM");
  cur({"₡", "colóns", "colones"}, "CRC");
  cur({"₾", "lari"}, "GEL");
  cur({"₭", "kip"}, "LAK");
  cur({"₽"}, "RUB");
  // "30 MUSD", "120 MEUR": millions, in the notation of financial statements.
  for (auto [code, iso] : {std::pair{"MUSD", "USD"}, {"MEUR", "EUR"}, {"MGBP", "GBP"}, {"MCHF", "CHF"}})
    s.add(code, Unit{iso, "currency", 1e6});
  // "pour 70 MF", "un salaire de 300 KF": millions and thousands of francs, in the French press
  // before the euro (French TimeBank's articles of 1999).
  s.add("MF", Unit{"FRF", "currency", 1e6});
  s.add("KF", Unit{"FRF", "currency", 1e3});
  auto unit = [&](std::initializer_list<const char*> names, const char* code, double factor) {
    for (auto n : names) s.add(n, Unit{code, "unit", factor});
  };
  unit({"km²", "km2", "kilomètres carrés", "square kilometres", "square kilometers"}, "km2", 1);
  unit({"m²", "m2", "mètres carrés", "square metres", "square meters"}, "km2", 1e-6);
  unit({"ha", "hectares", "hectare"}, "km2", 0.01);
  unit({"acres", "acre"}, "km2", 0.0040468564224);
  unit({"square miles", "square mile", "sq mi"}, "km2", 2.589988110336);
  // Speeds: "km/h" must win over "km" (the longest symbol matches).
  unit({"km/h", "km/hr", "kilomètres par heure", "kilomètres-heure", "kilometres per hour", "kilometers per hour",
        "kph"}, "km/h", 1);
  unit({"mph", "miles per hour", "mile per hour", "miles an hour", "miles à l'heure", "milles à l'heure", "miles a l'heure", "miles par heure",
        "mi/h"}, "km/h", 1.609344);
  unit({"kmph", "km/hr", "Kilometers per hour", "Kilometres per hour"}, "km/h", 1);
  unit({"m³", "m3", "mètres cubes", "cubic metres", "cubic meters"}, "m3", 1);
  unit({"tonnes", "tonne", "t", "tons", "ton"}, "t", 1);
  unit({"kg", "kilogrammes", "kilograms"}, "t", 0.001);
  unit({"km", "kilomètres", "kilomètre", "kilometres", "kilometers", "kilometre", "kilometer"}, "m", 1000);
  unit({"m", "mètres", "mètre", "metres", "meters", "metre", "meter"}, "m", 1);
  unit({"GW", "gigawatts"}, "MW", 1000);
  unit({"MW", "mégawatts", "megawatts"}, "MW", 1);
  unit({"kW", "kilowatts"}, "MW", 0.001);
  unit({"kWh", "kilowattheures", "kilowattheure", "kilowatt-heures", "kilowatt-heure", "kilowatt-hours", "kilowatt-hour", "kilowatt hours", "kilowatt hour"}, "MWh", 0.001);
  unit({"MWh", "mégawattheures", "mégawattheure", "mégawatt-heures", "mégawatt-heure", "megawatt-hours", "megawatt-hour", "megawatt hours", "megawatt hour"}, "MWh", 1);
  unit({"GWh", "gigawattheures", "gigawattheure", "gigawatt-heures", "gigawatt-heure", "gigawatt-hours", "gigawatt-hour", "gigawatt hours", "gigawatt hour"}, "MWh", 1000);
  unit({"TWh", "térawattheures", "térawattheure", "térawatt-heures", "térawatt-heure", "terawatt-hours", "terawatt-hour", "terawatt hours", "terawatt hour"}, "MWh", 1e6);
  unit({"TW", "térawatts", "terawatts"}, "MW", 1e6);
  // Flows: "m3/s" must win over "m3" (the longest symbol matches).
  unit({"m3/s", "m³/s", "mètres cubes par seconde", "cubic metres per second", "cubic meters per second"}, "m3/s", 1);
  unit({"°C"}, "Cel", 1);
  // Angles. A bare degree is an angle; a temperature names its scale ("degrés Celsius", "°F").
  unit({"rad", "radians", "radian"}, "deg", 57.29577951308232);
  unit({"degrees", "degree", "degrés", "degré", "degres", "degre"}, "deg", 1);
  unit({"degrees Celsius", "degree Celsius", "degrés Celsius", "degré Celsius", "degrees C", "degrés C"}, "Cel", 1);
  unit({"°F", "degrees Fahrenheit", "degree Fahrenheit", "degrés Fahrenheit", "degrees F"}, "degF", 1);
  // Kitchen measures ("a cup" is as often a trophy: left out).
  unit({"tablespoons", "tablespoon", "tbsp", "cuillères à soupe", "cuillère à soupe"}, "m3", 1.478676478125e-5);
  unit({"teaspoons", "teaspoon", "tsp", "cuillères à café", "cuillère à café"}, "m3", 4.92892159375e-6);
  for (auto n : {"%", "pour cent", "pour-cent", "pourcent", "pourcents", "pourcentage", "pourcentages",
                 "per cent", "percent", "percents", "percentage"})
    s.add(n, Unit{"%", "percent", 1});
  // Differences of percentages: the value is in percentage points.
  for (auto n : {"points de pourcentage", "point de pourcentage", "points de pour cent", "percentage points",
                 "percentage point"})
    s.add(n, Unit{"pp", "percent", 1});
  unit({"miles", "mile", "milles", "mi"}, "m", 1609.344);
  unit({"picometers", "picometer", "picometres", "picometre", "picomètres", "picomètre"}, "m", 1e-12);
  unit({"feet", "foot", "ft", "pieds", "pied"}, "m", 0.3048);
  unit({"inches", "inch", "pouces", "pouce"}, "m", 0.0254);
  unit({"cm", "centimètres", "centimètre", "centimetres", "centimeters", "centimeter"}, "m", 0.01);
  unit({"mm", "millimètres", "millimètre", "millimetres", "millimeters", "millimeter"}, "m", 0.001);
  unit({"litres", "litre", "liters", "liter"}, "m3", 0.001);  // not "l": "3 l'an"
  unit({"gallons", "gallon"}, "m3", 0.003785411784);
  unit({"barrels", "barrel", "barils", "baril"}, "m3", 0.158987294928);
  // "25 pounds" is a weight; after a scale ("361 million pounds") pounds are money (scaled_currencies).
  unit({"lbs", "lb", "pounds", "pound"}, "t", 0.00045359237);
  unit({"grammes", "gramme", "grams", "gram", "g"}, "t", 1e-6);
  unit({"mg", "milligrammes", "milligramme", "milligrams", "milligram"}, "t", 1e-9);
  unit({"µg", "μg", "ug", "mcg", "microgrammes", "microgramme", "micrograms", "microgram"}, "t", 1e-12);
  unit({"ounces", "ounce", "oz", "onces"}, "t", 2.8349523125e-8);
  unit({"dm", "décimètres", "décimètre", "decimetres", "decimeters", "decimetre", "decimeter"}, "m", 0.1);
  unit({"hm", "hectomètres", "hectomètre", "hectometre", "hectometres", "hectometers", "hectometer"}, "m", 100);
  unit({"cubic feet", "cubic foot", "pieds cubes", "pieds cube", "pied cube"}, "m3", 0.028316846592);
  unit({"ml", "mL", "millilitres", "millilitre", "milliliters", "milliliter"}, "m3", 1e-6);
  unit({"cl", "cL", "centilitres", "centilitre", "centiliters", "centiliter"}, "m3", 1e-5);
  unit({"L"}, "m3", 0.001);
  // Quantities of data, in bytes (French "octets": Mo, Go) and bits.
  unit({"octets", "octet", "bytes", "byte"}, "B", 1);
  unit({"kB", "KB", "ko", "Ko", "kilooctets", "kilobytes"}, "B", 1e3);
  unit({"MB", "Mo", "mégaoctets", "megabytes"}, "B", 1e6);
  unit({"GB", "Go", "gigaoctets", "gigabytes"}, "B", 1e9);
  unit({"TB", "téraoctets", "terabytes"}, "B", 1e12);
  unit({"bits", "bit"}, "bit", 1);
  unit({"metric tons", "metric ton", "tonnes métriques", "tonne métrique"}, "t", 1);
  return s;
}

}  // namespace

bool word_ends(std::string_view text, size_t pos, bool hyphen_joins) {
  if (pos >= text.size()) return true;
  const auto c = static_cast<unsigned char>(text[pos]);
  return !(std::isalnum(c) || c >= 0x80 || (hyphen_joins && c == '-'));
}

bool continues_word(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[pos]);
  if (std::isalnum(c) || c == '_') return true;
  return c == 0xC3 || c == 0xC5;
}

const x3::symbols<double>& scales(bool english) {
  static const x3::symbols<double> fr = [] {
    x3::symbols<double> s;
    s.add("mille", 1e3)("million", 1e6)("millions", 1e6)("milliard", 1e9)("milliards", 1e9)
        ("Md", 1e9)("Mds", 1e9)("k", 1e3)("M", 1e6)("billion", 1e12)("billions", 1e12)
        ("douzaine", 12)("douzaines", 12);
    return s;
  }();
  static const x3::symbols<double> en = [] {
    x3::symbols<double> s;
    s.add("thousand", 1e3)("million", 1e6)("millions", 1e6)("billion", 1e9)("billions", 1e9)
        ("trillion", 1e12)("trillions", 1e12)("bn", 1e9)("bln", 1e9)("b", 1e9)("tln", 1e12)("k", 1e3)
        ("M", 1e6)("MM", 1e6)("mil", 1e6)("hundred", 100)("dozen", 12)("dozens", 12)("doz", 12)("dozs", 12)("dz", 12)("dzs", 12)("lakh", 1e5)("crore", 1e7);
    return s;
  }();
  return english ? en : fr;
}

const x3::symbols<double>& glued_money_scales() {
  static const x3::symbols<double> s = [] {
    x3::symbols<double> t;
    t.add("m", 1e6)("mn", 1e6)("tn", 1e12)("trn", 1e12);
    return t;
  }();
  return s;
}

const x3::symbols<Unit>& units() {
  static const x3::symbols<Unit> s = make_units();
  return s;
}

const x3::symbols<Unit>& currency_prefixes() {
  static const x3::symbols<Unit> s = [] {
    x3::symbols<Unit> t;
    t.add("$", Unit{"USD", "currency", 1})("US$", Unit{"USD", "currency", 1})("us $", Unit{"USD", "currency", 1})
        ("c $", Unit{"CAD", "currency", 1})("C $", Unit{"CAD", "currency", 1})("hk $", Unit{"HKD", "currency", 1})
        ("HK $", Unit{"HKD", "currency", 1})
        ("€", Unit{"EUR", "currency", 1})("£", Unit{"GBP", "currency", 1})("C$", Unit{"CAD", "currency", 1})
        ("A$", Unit{"AUD", "currency", 1})("HK$", Unit{"HKD", "currency", 1})("¥", Unit{"JPY", "currency", 1})
        ("₹", Unit{"INR", "currency", 1})("₿", Unit{"XBT", "currency", 1})("₽", Unit{"RUB", "currency", 1});
    for (auto [sign, code] : {std::pair{"mxn$", "MXN"}, {"MXN$", "MXN"}, {"Mex$", "MXN"}, {"aud$", "AUD"}, {"AUD$", "AUD"},
                              {"cad$", "CAD"}, {"CAD$", "CAD"}, {"nzd$", "NZD"}, {"NZD$", "NZD"}, {"NZ$", "NZD"}})
      t.add(sign, Unit{code, "currency", 1});
    // ISO codes written before the amount ("EUR 1000"): a space must follow (checked by the caller's
    // word-boundary rule: a code is a word).
    for (auto code : {"EUR", "USD", "GBP", "CHF", "JPY", "CAD", "CNY", "RUB"}) t.add(code, Unit{code, "currency", 1});
    return t;
  }();
  return s;
}

const x3::symbols<Unit>& english_units() {
  static const x3::symbols<Unit> s = [] {
    x3::symbols<Unit> t;
    t.add("cent", Unit{"USD", "currency", 0.01});
    return t;
  }();
  return s;
}

const x3::symbols<Unit>& counted_units(bool english) {
  static const x3::symbols<Unit> fr = [] {
    x3::symbols<Unit> t;
    for (auto n : {"tours", "tour"}) t.add(n, Unit{"deg", "unit", 360});
    for (auto n : {"tasses", "tasse"}) t.add(n, Unit{"m3", "unit", 2.365882365e-4});
    return t;
  }();
  static const x3::symbols<Unit> en = [] {
    x3::symbols<Unit> t;
    for (auto n : {"turns", "turn"}) t.add(n, Unit{"deg", "unit", 360});
    for (auto n : {"cups", "cup"}) t.add(n, Unit{"m3", "unit", 2.365882365e-4});
    return t;
  }();
  return english ? en : fr;
}

const x3::symbols<Unit>& scaled_currencies() {
  static const x3::symbols<Unit> s = [] {
    x3::symbols<Unit> t;
    for (auto n : {"pounds", "pound", "livres", "livre"}) t.add(n, Unit{"GBP", "currency", 1});
    return t;
  }();
  return s;
}

const x3::symbols<Unit>& currency_subunits(bool english) {
  static const x3::symbols<Unit> fr = [] {
    x3::symbols<Unit> t;
    for (auto n : {"centimes", "centime", "cents", "kopecks"}) t.add(n, Unit{"", "currency", 0.01});
    return t;
  }();
  static const x3::symbols<Unit> en = [] {
    x3::symbols<Unit> t;
    for (auto n : {"cents", "cent", "pence", "p", "kopecks"}) t.add(n, Unit{"", "currency", 0.01});
    return t;
  }();
  return english ? en : fr;
}

const x3::symbols<int>& months(bool english) {
  static const x3::symbols<int> fr = [] {
    x3::symbols<int> s;
    const char* names[] = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                           "août", "septembre", "octobre", "novembre", "décembre"};
    for (int i = 0; i < 12; ++i) add_with_capital(s, names[i], i + 1);
    add_with_capital(s, "aout", 8);
    add_with_capital(s, "fevrier", 2);
    add_with_capital(s, "decembre", 12);
    for (auto [name, month] : {std::pair{"janv.", 1}, {"févr.", 2}, {"avr.", 4}, {"juil.", 7}, {"sept.", 9},
                               {"oct.", 10}, {"nov.", 11}, {"déc.", 12}})
      add_with_capital(s, name, month);
    return s;
  }();
  static const x3::symbols<int> en = [] {
    x3::symbols<int> s;
    const char* names[] = {"january", "february", "march", "april", "may", "june", "july",
                           "august", "september", "october", "november", "december"};
    for (int i = 0; i < 12; ++i) add_with_capital(s, names[i], i + 1);
    // Abbreviations only capitalized: "mar" or "dec" in lower case are too often other words.
    const char* shorts[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
      s.add(shorts[i], i + 1);
      s.add(std::string(shorts[i]) + ".", i + 1);
    }
    s.add("Sept", 9)("Sept.", 9);
    return s;
  }();
  return english ? en : fr;
}

}  // namespace checker::tables
