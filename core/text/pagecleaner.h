#pragma once

#include "textspan.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace Guanxi {

// What a scraped page says about itself, and which lines are page furniture.
struct PageInfo
{
    QString source;            // 来源:华尔街见闻 → 华尔街见闻
    QString url;               // 本文地址: URL
    QString author;            // byline
    QDate published;           // a date line, if any (2024-08-11, 2024年8月11日)
    QList<TextSpan> noise;     // source/byline/disclaimer/URL lines: kept out of the graph (in text order, disjoint)
};

// Recognises the metadata and boilerplate lines of scraped news pages
// (来源, 作者, 责任编辑, 风险提示及免责条款, 本文地址, 查看更多, copyright lines).
class PageCleaner
{
public:
    static PageInfo analyse(QStringView text);
};

} // namespace Guanxi
