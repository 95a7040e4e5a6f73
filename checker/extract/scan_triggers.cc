// The scanner's trigger and non-value patterns (RE2).
#include "checker/extract/scan_triggers.h"

namespace checker {

const RE2& value_trigger() {
  static const RE2 kTrigger(
      R"((\d|[$€£¥₹₿₽½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|[lL]['’](?:été|hiver|automne)|[ÉE]t[ée]|été|(?i:\b(?:the )?(?:printemps|hiver|automne|spring|summer|autumn|fall|winter)\b)|\b(?:C|A|HK|NZ|Mex|MXN|mxn|AUD|aud|CAD|cad|NZD|nzd)\$|(?i:\b(?:c|hk|us) \$)|\b(?:EUR|USD|GBP|CHF|JPY|CAD|CNY|RUB) ?\d|P\d|\b[QTHS][1-4]\b|(?i:\b(?:de|from) \d)|(?i:\b(?:)"
      R"(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|)"
      R"(fin|début|mi|premier|second|deuxième|troisième|quatrième|dernier|third|fourth|final|january|february|march|april|may|june|july|august|september|)"
      R"(october|november|december|early|mid|late|end|first|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|)"
      R"(janv|févr|avr|juil|déc|)"
      R"(zéro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|)"
      R"(vingt|trente|quarante|cinquante|soixante|cent|mille|)"
      R"(zero|nought|naught|one|two|three|four|five|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|)"
      R"(sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|)"
      R"(an? (?:dozen|hundred|thousand|years?|months?|weeks?|days?|hours?|minutes?|half|quarter|third|[a-z]+ths?)|)"
      R"(septante|huitante|octante|nonante|half|quarter|minus|negative|percents?|percentages?|pourcents?|pourcentages?|pour cent|)"
      R"(plusieurs|quelques|des|ces derni[eè]re?s|de nombreu(?:x|ses)|quinquennat|septennat|)"
      R"(several|a few|few|many|)"
      R"(les années|des années|années|milieu des|the (?:early[ -]|mid[ -]|late[ -])?['’]?\d\d(?:\d\d)?s|)"
      R"(la nuit|la soirée|la matinée|midi|minuit|actuel(?:le)?s?|l['’]avenir|auparavant|autrefois|jadis|naguère|pour l['’]instant|)"
      R"(in the future|in the past|previously|formerly|at present|for now|for the time being|)"
      R"(environ|quelque|approximativement|près|pres|presque|quasiment|pratiquement|plus|moins|au|supérieure?|)"
      R"(inférieure?|pas|jusqu|entre|about|around|approximately|roughly|some|nearly|almost|close|over|more|above|)"
      R"(in|less|under|below|fewer|at|no|up|between|greater|larger|bigger|higher|smaller|lower|equal|en[ -]dessous|)"
      R"(l['’]an|l['’]année|l['’]annee|cette|le mois|ce mois|aujourd|hier|demain|avant-hier|après-demain|)"
      R"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|dans|il y a|)"
      R"(maintenant|désormais|actuellement|à présent|ce|cet|cette|now|currently|nowadays|tonight|)"
      R"(d['’]ici|la semaine|le week-?end|le lendemain|lendemain|le surlendemain|la veille|l['’]avant-veille|le même jour|)"
      R"(le jour même|ce jour-l[àa]|le matin même|le soir même|)"
      R"(prochaine?s?|précédente?s?|nouvellement|pour le moment|nocturnes?|)"
      R"((?:la|le|sa|son|leur) (?:premi(?:er|ère)|seconde?|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième)|)"
      R"(chaque|tous les|toutes les|par|annuel(?:le)?s?|annuellement|mensuel(?:le)?s?|mensuellement|hebdomadaires?|)"
      R"(every|each|per|annual|annually|yearly|monthly|weekly|daily|)"
      R"(next|last|this|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
      R"()\b)))");
  return kTrigger;
}

std::vector<Span> find_non_values(std::string_view text, size_t begin, size_t end) {
  static const RE2 kUrl(
      R"((?i)(?:https?://|www\.)[^\s<>"]+|\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){3,6}|\b0\d(?:[ .]\d\d){4}\b|)"
      R"((?:\(\d{3}\) ?|\b(?:\d{3}-)?)\d{3}-\d{4}\b|\b\d{1,3}\.\d{1,2}(?:\.\d{1,3})+\b|)"
      R"((?:\bsections?|\barticles?|\bchapitres?|\bchapters?|§)\s*\d+(?:\.\d+)*)");
  std::vector<Span> urls;
  re2::StringPiece in(text.data(), end), m;
  size_t pos = begin;
  while (pos < end && kUrl.Match(in, pos, end, RE2::UNANCHORED, &m, 1)) {
    const size_t s = static_cast<size_t>(m.data() - text.data());
    urls.push_back({s, s + m.size()});
    pos = s + m.size();
  }
  return urls;
}

}  // namespace checker
