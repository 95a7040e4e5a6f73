// The decimal a computed value stands for. Converting a unit or taking a bound multiplies by a
// factor that binary cannot hold (57 000 m2 × 1e-6 is 0.056999999999999995 km2): such a value is
// read back from its first 15 significant digits, so that it is the double nearest to 0.057, as if
// the text had written it. Numbers written in text have fewer digits than that.
#pragma once

namespace checker {

/// `x` rounded to 15 significant digits (the nearest double to that decimal); x itself when it is
/// zero or not finite.
double tidy_decimal(double x);

}  // namespace checker
