// What a value says, field by field: type first, then what the type carries, then the bounds.
#include "checker/report/value_fields.h"

#include <string>

namespace checker {

void visit_value_fields(const Value& v, ValueFields* out) {
  out->text("type", value_type_name(v.type));
  switch (v.type) {
    case ValueType::kNumber: out->number("value", v.amount); break;
    case ValueType::kAmount:
      out->number("amount", v.amount);
      out->text("currency", v.currency.str());
      break;
    case ValueType::kQuantity:
      out->number("amount", v.amount);
      out->text("unit", v.unit.str());
      break;
    case ValueType::kPercent: out->number("amount", v.amount); break;
    case ValueType::kStatus: out->text("value", v.status.str()); break;
    case ValueType::kDate:
      out->text("timex", v.date.timex());
      out->text("precision", precision_name(v.date.precision));
      if (v.date.mod.empty()) out->null("mod");
      else out->text("mod", v.date.mod.str());
      if (v.resolved) out->text_pair("interval", v.date.first_iso(), v.date.last_iso());
      else out->null("interval");
      break;
  }
  if (v.lower || v.upper) {
    if (v.lower) out->number("lower", *v.lower);
    else out->null("lower");
    if (v.upper) out->number("upper", *v.upper);
    else out->null("upper");
    out->text("qualifier", v.qualifier.str());
  }
}

}  // namespace checker
