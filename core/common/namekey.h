#pragma once

#include <QString>

namespace Guanxi {

// The key two names are the same under: NFKC, case-folded, white space and
// middle dots removed (the rule of score.py). "Elon Musk", "ＥＬＯＮ　musk" and
// "elon·musk" share one key. Traditional/simplified folding is not done here.
QString nameKey(QStringView name);

} // namespace Guanxi
