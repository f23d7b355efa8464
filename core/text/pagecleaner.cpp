#include "pagecleaner.h"

namespace Guanxi {

PageInfo PageCleaner::analyse(QStringView text)
{
    PageInfo info;
    Q_UNUSED(text);
    return info;
}

} // namespace Guanxi
