// SVG timelines. Coordinates are computed here, in days since the epoch, so the page needs no
// script: it renders the same with JavaScript disabled and in print.
#include "checker/report/html_timeline.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "checker/report/escape.h"

namespace checker {
namespace {

constexpr double kWidth = 720, kLeft = 84, kRight = 24, kTop = 18;

// The middle of a date's interval: a year plots at its middle, not on 1 January.
double mid_day(const PartialDate& d) {
  return (static_cast<double>(d.first_day()) + static_cast<double>(d.last_day())) / 2;
}

struct Axis {
  double lo, hi, from, to;  // domain [lo, hi] -> pixels [from, to]
  double operator()(double v) const { return hi == lo ? (from + to) / 2 : from + (v - lo) / (hi - lo) * (to - from); }
};

Axis time_axis(double lo, double hi, double from, double to) {
  const double pad = std::max(60.0, (hi - lo) * 0.08);  // keep end points off the frame
  return Axis{lo - pad, hi + pad, from, to};
}

double jan1(int year) { return static_cast<double>(days_from_civil(year, 1, 1)); }

// Years drawn as calendar bands: a grid line where each year starts, the year's label in the
// middle of its visible part. A target "2024" plots mid-2024, right beside its label.
struct YearMark {
  int year;
  double start;   // pixel of 1 January, or NaN when outside the axis
  double middle;  // pixel of the label, or NaN when the visible part is too narrow to label
};

std::vector<YearMark> year_marks(const Axis& a) {
  const double lo = std::min(a.lo, a.hi), hi = std::max(a.lo, a.hi);
  const int first = std::stoi(iso_from_days(static_cast<long>(std::floor(lo))).substr(0, 4));
  const int last = std::stoi(iso_from_days(static_cast<long>(std::ceil(hi))).substr(0, 4));
  const int step = std::max(1, (last - first + 1 + 7) / 8);  // at most ~8 labels
  std::vector<YearMark> marks;
  for (int year = first; year <= last; ++year) {
    const double from = std::max(lo, jan1(year)), to = std::min(hi, jan1(year + 1));
    const bool labelled = (year - first) % step == 0 && std::fabs(a(to) - a(from)) >= 34;
    marks.push_back({year, jan1(year) > lo ? a(jan1(year)) : NAN, labelled ? a((from + to) / 2) : NAN});
  }
  return marks;
}

// Grid lines at year starts across [across_from, across_to], labels outside the plot: under a
// horizontal time axis at `across_to`, left of a vertical one at `across_from`.
std::string year_ticks(const Axis& a, bool horizontal, double across_from, double across_to) {
  std::string out;
  for (const YearMark& m : year_marks(a)) {
    if (!std::isnan(m.start)) {
      const double x1 = horizontal ? m.start : across_from, x2 = horizontal ? m.start : across_to;
      const double y1 = horizontal ? across_from : m.start, y2 = horizontal ? across_to : m.start;
      out += fmt::format("<line class=\"grid\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\"/>\n", x1, y1,
                         x2, y2);
    }
    if (std::isnan(m.middle)) continue;
    if (horizontal)
      out += fmt::format("<text class=\"tick\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>\n", m.middle,
                         across_to + 16, m.year);
    else
      out += fmt::format("<text class=\"tick\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n",
                         across_from - 8, m.middle + 4, m.year);
  }
  return out;
}

std::string open_svg(double height, const std::string& label) {
  return fmt::format("<svg class=\"timeline\" viewBox=\"0 0 {:.0f} {:.0f}\" role=\"img\" aria-label=\"{}\" "
                     "xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>\n",
                     kWidth, height, html_escape(label), html_escape(label));
}

std::string schedule(const Finding& f, const std::vector<Document>& docs) {
  struct Point { double x, y; std::string label; };
  std::vector<Point> points;
  for (const Claim& c : f.claims)
    if (docs[c.document].date && c.value.type == ValueType::kDate && c.value.resolved)
      points.push_back({mid_day(*docs[c.document].date), mid_day(c.value.date), c.value.display()});
  if (points.empty()) return "";
  const double height = 230, bottom = height - 34;
  double x_lo = points[0].x, x_hi = x_lo, y_lo = points[0].y, y_hi = y_lo;
  for (const Point& p : points) {
    x_lo = std::min(x_lo, p.x), x_hi = std::max(x_hi, p.x), y_lo = std::min(y_lo, p.y), y_hi = std::max(y_hi, p.y);
  }
  const Axis x = time_axis(x_lo, x_hi, kLeft, kWidth - kRight);
  const Axis y0 = time_axis(y_lo, y_hi, 0, 1);
  const Axis y{y0.lo, y0.hi, bottom, kTop};
  std::string out = open_svg(height, "Target date by date reported: " + f.message);
  out += year_ticks(x, true, kTop, bottom) + year_ticks(y, false, kLeft, kWidth - kRight);
  out += fmt::format("<text class=\"axis\" x=\"{:.0f}\" y=\"{:.0f}\" text-anchor=\"end\">date reported →</text>\n",
                     kWidth - kRight, height - 2);
  out += fmt::format("<text class=\"axis\" x=\"{:.0f}\" y=\"{:.0f}\" text-anchor=\"end\">target ↑</text>\n",
                     kLeft - 8, kTop - 4);
  std::string path;
  for (const Point& p : points) path += fmt::format("{}{:.1f},{:.1f}", path.empty() ? "M" : " L", x(p.x), y(p.y));
  out += "<path class=\"slip\" d=\"" + path + "\"/>\n";
  std::string last_label;
  for (size_t i = 0; i < points.size(); ++i) {
    const Point& p = points[i];
    out += fmt::format("<circle class=\"dot\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"5\"/>\n", x(p.x), y(p.y));
    if (p.label == last_label) continue;  // the same target restated: one label is enough
    last_label = p.label;
    const bool left = x(p.x) > kWidth - kRight - 90;  // near the right edge: label on the left
    out += fmt::format("<text class=\"label\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\">{}</text>\n",
                       x(p.x) + (left ? -10 : 10), y(p.y) + 4, left ? "end" : "start", html_escape(p.label));
  }
  return out + "</svg>";
}

// A change draws one lane: each status from its claim's date to the next claim's. A
// contradiction draws one lane per claim, each status holding from its date on, so the overlap
// (the contradiction) is what the reader sees.
std::string status_bands(const Finding& f, const std::vector<Document>& docs) {
  std::vector<const Claim*> dated;
  for (const Claim& c : f.claims)
    if (docs[c.document].date) dated.push_back(&c);
  if (dated.empty()) return "";
  const bool lanes = f.status == "contradiction";
  const double lane_height = lanes ? 30 : 48, gap = 8, band_top = kTop + 14;
  const double count = lanes ? static_cast<double>(dated.size()) : 1;
  const double band_bottom = band_top + count * lane_height + (count - 1) * gap;
  const double height = band_bottom + 30;
  const double lo = mid_day(*docs[dated.front()->document].date), hi = mid_day(*docs[dated.back()->document].date);
  // The last status holds until now: leave its band room for a label.
  const Axis x = time_axis(lo, hi + std::max(200.0, (hi - lo) * 0.3), kLeft, kWidth - kRight);
  std::string out = open_svg(height, "Status over time: " + f.message);
  out += year_ticks(x, true, kTop, band_bottom + 6);
  std::vector<std::string> palette_of;  // status -> color slot, in order of appearance
  for (size_t i = 0; i < dated.size(); ++i) {
    const Claim& c = *dated[i];
    const Document& d = docs[c.document];
    const double from = x(mid_day(*d.date));
    const bool last = lanes || i + 1 == dated.size();
    const double to = last ? kWidth - kRight : x(mid_day(*docs[dated[i + 1]->document].date));
    const double top = band_top + (lanes ? static_cast<double>(i) * (lane_height + gap) : 0);
    const std::string status = c.value.display();
    auto slot = std::find(palette_of.begin(), palette_of.end(), status) - palette_of.begin();
    if (slot == static_cast<long>(palette_of.size())) palette_of.push_back(status);
    const std::string label = lanes ? status + " (" + d.date->timex() + ")" : status;
    out += fmt::format("<rect class=\"band s{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
                       "rx=\"4\"/><text class=\"band-label\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n",
                       slot % 4, from, top, std::max(2.0, to - from - 2), lane_height, from + 8,
                       top + lane_height / 2 + 4, html_escape(label));
    if (c.event && c.event->year > 0) {
      const double ex = x(mid_day(*c.event));
      out += fmt::format("<line class=\"event\" x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\"/>"
                         "<text class=\"event-label\" x=\"{0:.1f}\" y=\"{3:.1f}\" text-anchor=\"middle\">"
                         "event {4}</text>\n",
                         ex, band_top - 6, band_bottom + 4, band_top - 9, html_escape(c.event->timex()));
    }
  }
  return out + "</svg>";
}

std::string value_bars(const Finding& f, const std::vector<Document>& docs) {
  double top = 0;
  for (const Claim& c : f.claims) top = std::max(top, std::fabs(c.value.upper.value_or(c.value.amount)));
  if (top <= 0) return "";
  const double row = 30, height = kTop + row * static_cast<double>(f.claims.size()) + 8;
  std::string out = open_svg(height, "Values compared: " + f.message);
  const double right = kWidth - kRight - 140;
  for (size_t i = 0; i < f.claims.size(); ++i) {
    const Claim& c = f.claims[i];
    const double y = kTop + row * static_cast<double>(i);
    const double w = std::max(2.0, std::fabs(c.value.amount) / top * (right - kLeft));
    const Document& d = docs[c.document];
    out += fmt::format("<text class=\"tick\" x=\"{:.0f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>"
                       "<rect class=\"bar s{}\" x=\"{:.0f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"18\" rx=\"3\"/>"
                       "<text class=\"label\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n",
                       kLeft - 8, y + 13, html_escape(d.date ? d.date->timex() : "undated"), i % 4, kLeft, y, w,
                       kLeft + w + 8, y + 13, html_escape(c.value.display()));
  }
  return out + "</svg>";
}

// Dates that should agree (a founding, a birth): one row per claim, each date drawn as the
// period it covers on a shared time axis, so a gap between the periods is the conflict.
std::string value_dates(const Finding& f, const std::vector<Document>& docs) {
  double lo = 0, hi = 0;
  bool any = false;
  for (const Claim& c : f.claims) {
    if (c.value.type != ValueType::kDate || !c.value.resolved) continue;
    const double a = static_cast<double>(c.value.date.first_day()), b = static_cast<double>(c.value.date.last_day());
    lo = any ? std::min(lo, a) : a, hi = any ? std::max(hi, b) : b, any = true;
  }
  if (!any) return "";
  const double row = 30, bottom = kTop + row * static_cast<double>(f.claims.size());
  const double height = bottom + 26;
  const Axis x = time_axis(lo, hi, kLeft, kWidth - kRight);
  std::string out = open_svg(height, "Dates compared: " + f.message);
  out += year_ticks(x, true, kTop - 6, bottom);
  for (size_t i = 0; i < f.claims.size(); ++i) {
    const Claim& c = f.claims[i];
    if (c.value.type != ValueType::kDate || !c.value.resolved) continue;
    const double y = kTop + row * static_cast<double>(i);
    const double from = x(static_cast<double>(c.value.date.first_day()));
    const double to = x(static_cast<double>(c.value.date.last_day()) + 1);
    const Document& d = docs[c.document];
    const bool left = to > kWidth - kRight - 90;
    out += fmt::format("<text class=\"tick\" x=\"{:.0f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>"
                       "<rect class=\"bar s{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"18\" rx=\"3\"/>"
                       "<text class=\"label\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\">{}</text>\n",
                       kLeft - 8, y + 13, html_escape(d.date ? d.date->timex() : "undated"), i % 4, from, y,
                       std::max(4.0, to - from), left ? from - 8 : std::max(to, from + 4) + 8, y + 13,
                       left ? "end" : "start", html_escape(c.value.display()));
  }
  return out + "</svg>";
}

}  // namespace

std::string html_timeline(const Finding& f, const std::vector<Document>& documents) {
  if (f.kind == "schedule-slip") return schedule(f, documents);
  if (f.kind == "status-conflict") return status_bands(f, documents);
  if (f.kind == "value-conflict" && !f.claims.empty() && f.claims.front().value.type == ValueType::kDate)
    return value_dates(f, documents);
  if (f.kind == "value-conflict") return value_bars(f, documents);
  return "";
}

}  // namespace checker
