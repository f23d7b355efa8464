#include "textdecoder.h"

#include <QStringDecoder>

namespace Guanxi {

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return makeError(Error::Category::Decode, QStringLiteral("the file is empty"));
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    DecodedText out;
    out.text = decoder.decode(view);
    if (decoder.hasError())
        return makeError(Error::Category::Decode, QStringLiteral("the file is not valid UTF-8"));
    out.encoding = QStringLiteral("UTF-8");
    return out;
}

} // namespace Guanxi
