#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace Guanxi {

struct DecodedText
{
    QString text;         // the article text: offsets of evidence point into it
    QString encoding;     // "UTF-8", "UTF-16LE", "GB18030", ...
    bool wasHtml = false; // text was extracted from an HTML page
    QString title;        // <title> of an HTML page
    QDate published;      // the publication date an HTML page's metadata states
};

// Turns file bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM,
// GB18030/GBK detected by validity and statistics rather than guessed, HTML
// pages reduced to their text (scripts and styles dropped). Binary or
// undecodable input is an Error::Category::Decode naming the problem.
class TextDecoder
{
public:
    static Result<DecodedText> decode(const QByteArray &bytes);
};

} // namespace Guanxi
