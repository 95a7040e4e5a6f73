// The decimal a computed value stands for. Converting a unit or taking a bound multiplies by a
// factor that binary cannot hold (57 000 m2 × 1e-6 is 0.056999999999999995 km2): rounded to 15
// significant digits that is 0.057, a short decimal, so the value is read back from it (the
// double nearest to 0.057, as if the text had written it). Numbers written in text have far fewer
// digits than that; a value whose 15 digits are all needed (a third) is left as it is.
#pragma once

namespace checker {

/// The double nearest to `x` rounded to 15 significant digits, when that decimal has 12
/// significant digits or fewer; otherwise, and when x is whole or not finite, x itself.
double tidy_decimal(double x);

}  // namespace checker
