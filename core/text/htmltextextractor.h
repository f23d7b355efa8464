#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace Guanxi {

// Reduces an HTML page to its readable text with a tolerant, linear tag
// scanner (pages are rarely well-formed): scripts, styles and comments are
// dropped, block elements become line breaks, entities are decoded, white
// space is collapsed as a browser would.
class HtmlTextExtractor
{
public:
    struct Page
    {
        QString text;
        QString title;
        // From <meta property="article:published_time"> (pubdate, publishdate,
        // datePublished ...) or a JSON-LD datePublished; invalid when none.
        QDate published;
    };

    // Whether the text looks like an HTML page rather than prose with a stray tag.
    static bool looksLikeHtml(QStringView text);
    // The charset a <meta> tag declares in the first bytes, lower-cased, or empty.
    static QByteArray declaredCharset(QByteArrayView bytes);
    static Page extract(QStringView html);
    // Decodes character references (&amp; &#20013; &#x4E2D; &nbsp; ...) in text.
    static QString decodeEntities(QStringView text);
};

} // namespace Guanxi
