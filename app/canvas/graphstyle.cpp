#include "graphstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <QtMath>

#include <unicode/brkiter.h>

#include <memory>

namespace Guanxi {

namespace {

// The pieces a node label may break between: ICU's dictionary word
// boundaries, so 加州 and 法院 stay whole where the Unicode line-break rules
// break between any two ideographs; runs of single ideographs (names the
// dictionary does not know) stay together; punctuation sticks to its word.
QStringList labelBreakUnits(const QString &label)
{
    thread_local std::unique_ptr<icu::BreakIterator> words = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> iterator(
            icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        return U_SUCCESS(status) ? std::move(iterator) : nullptr;
    }();
    QList<qsizetype> bounds{0};
    const icu::UnicodeString text(false, reinterpret_cast<const UChar *>(label.utf16()), int32_t(label.size()));
    if (words) {
        words->setText(text);
        for (int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next())
            bounds.append(end);
    } else {
        for (qsizetype i = 1; i <= label.size(); ++i)
            bounds.append(i);
    }
    const auto isIdeograph = [](QStringView piece) {
        return piece.size() == 1 && piece.front().script() == QChar::Script_Han;
    };
    const auto opens = [](QChar c) {
        return c.category() == QChar::Punctuation_Open || c.category() == QChar::Punctuation_InitialQuote;
    };
    const auto closes = [](QChar c) {
        return c.category() == QChar::Punctuation_Close || c.category() == QChar::Punctuation_FinalQuote
            || c.category() == QChar::Punctuation_Other;
    };
    QStringList units;
    bool previousIdeograph = false;
    bool previousOpens = false;
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
        const QString piece = label.mid(bounds[i], bounds[i + 1] - bounds[i]);
        const bool ideograph = isIdeograph(piece);
        const bool joins = !units.isEmpty() && !piece.front().isSpace()
            && ((ideograph && previousIdeograph) || previousOpens || closes(piece.front()));
        if (joins)
            units.last() += piece;
        else
            units.append(piece);
        previousIdeograph = ideograph;
        previousOpens = opens(piece.back());
    }
    return units;
}

// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
const QColor orange(0xE6, 0x9F, 0x00);
const QColor skyBlue(0x56, 0xB4, 0xE9);
const QColor bluishGreen(0x00, 0x9E, 0x73);
const QColor yellow(0xF0, 0xE4, 0x42);
const QColor blue(0x00, 0x72, 0xB2);
const QColor vermillion(0xD5, 0x5E, 0x00);
const QColor reddishPurple(0xCC, 0x79, 0xA7);
const QColor grey(0x6E, 0x6E, 0x6E);
const QColor ink(0x22, 0x22, 0x22);

// A pale tint of a palette colour for node fills, so dark text stays legible.
QColor tint(const QColor &color, double amount)
{
    return QColor::fromRgbF(float(1.0 - (1.0 - color.redF()) * amount),
                            float(1.0 - (1.0 - color.greenF()) * amount),
                            float(1.0 - (1.0 - color.blueF()) * amount));
}

QFont makeFont(int pixelSize, bool bold)
{
    QFont font;
    font.setFamilies(GraphStyle::fontFamilies());
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

} // namespace

GraphStyle::GraphStyle()
    : m_nodeFont(makeFont(13, false))
    , m_edgeFont(makeFont(10, false))
    , m_titleFont(makeFont(18, true))
{}

const GraphStyle &GraphStyle::standard()
{
    static const GraphStyle style;
    return style;
}

QStringList GraphStyle::fontFamilies()
{
    return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
            QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("DejaVu Sans")};
}

GraphStyle::NodeStyle GraphStyle::nodeStyle(EntityType type, OrgKind kind) const
{
    switch (type) {
    case EntityType::Person:
        return {tint(skyBlue, 0.30), blue, ink, Shape::Ellipse};
    case EntityType::Organization:
        switch (kind) {
        case OrgKind::Nonprofit:
            return {tint(bluishGreen, 0.25), bluishGreen, ink, Shape::Rectangle};
        case OrgKind::Government:
            return {tint(yellow, 0.45), QColor(0xA8, 0x9A, 0x00), ink, Shape::Rectangle};
        case OrgKind::Court:
            return {tint(grey, 0.22), grey, ink, Shape::Rectangle};
        case OrgKind::Media:
            return {tint(reddishPurple, 0.25), reddishPurple, ink, Shape::Rectangle};
        case OrgKind::Company:
        case OrgKind::Other:
        case OrgKind::None:
            break;
        }
        return {tint(orange, 0.28), QColor(0xB0, 0x78, 0x00), ink, Shape::Rectangle};
    case EntityType::Lawsuit:
        return {tint(vermillion, 0.22), vermillion, ink, Shape::Hexagon};
    case EntityType::Product:
        return {QColor(0xEE, 0xEE, 0xEE), ink, ink, Shape::RoundedRectangle};
    }
    return {};
}

GraphStyle::EdgeStyle GraphStyle::edgeStyle(RelationType type) const
{
    switch (type) {
    case RelationType::Founded: return {bluishGreen, Qt::SolidLine, {}, 2.0};
    case RelationType::WorksAt: return {blue, Qt::SolidLine, {}, 1.4};
    case RelationType::Joined: return {skyBlue, Qt::SolidLine, {}, 1.6};
    case RelationType::Left: return {vermillion, Qt::CustomDashLine, {5, 3}, 1.6};
    case RelationType::OnLeave: return {orange, Qt::CustomDashLine, {2, 2.5}, 1.6};
    case RelationType::InvestedIn: return {QColor(0xB0, 0x78, 0x00), Qt::SolidLine, {}, 2.2};
    case RelationType::PlaintiffIn: return {vermillion, Qt::SolidLine, {}, 1.4};
    case RelationType::DefendantIn: return {reddishPurple, Qt::CustomDashLine, {6, 2, 1.5, 2}, 1.4};
    case RelationType::CompetitorOf: return {grey, Qt::CustomDashLine, {1.5, 2.5}, 1.4};
    case RelationType::Develops: return {ink, Qt::SolidLine, {}, 1.0};
    case RelationType::SubsidiaryOf: return {grey, Qt::CustomDashLine, {8, 3}, 1.4};
    }
    return {};
}

QPen GraphStyle::edgePen(RelationType type) const
{
    const EdgeStyle style = edgeStyle(type);
    QPen pen(style.color, style.width);
    pen.setCapStyle(Qt::FlatCap);
    if (!style.dashes.isEmpty())
        pen.setDashPattern(style.dashes);
    else
        pen.setStyle(style.penStyle);
    return pen;
}

QString GraphStyle::relationLabel(RelationType type)
{
    switch (type) {
    case RelationType::Founded: return tr("founded");
    case RelationType::WorksAt: return tr("works at");
    case RelationType::Joined: return tr("joined");
    case RelationType::Left: return tr("left");
    case RelationType::OnLeave: return tr("on leave");
    case RelationType::InvestedIn: return tr("invested in");
    case RelationType::PlaintiffIn: return tr("plaintiff in");
    case RelationType::DefendantIn: return tr("defendant in");
    case RelationType::CompetitorOf: return tr("competitor of");
    case RelationType::Develops: return tr("develops");
    case RelationType::SubsidiaryOf: return tr("subsidiary of");
    }
    return {};
}

QString GraphStyle::entityTypeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Person: return tr("Person");
    case EntityType::Organization: return tr("Organisation");
    case EntityType::Lawsuit: return tr("Lawsuit");
    case EntityType::Product: return tr("Product");
    }
    return {};
}

QString GraphStyle::orgKindLabel(OrgKind kind)
{
    switch (kind) {
    case OrgKind::Company: return tr("Company");
    case OrgKind::Nonprofit: return tr("Non-profit");
    case OrgKind::Government: return tr("Government");
    case OrgKind::Court: return tr("Court");
    case OrgKind::Media: return tr("Media");
    case OrgKind::Other: return tr("Other organisation");
    case OrgKind::None: break;
    }
    return {};
}

QString GraphStyle::lawsuitStatusLabel(LawsuitStatus status)
{
    switch (status) {
    case LawsuitStatus::Filed: return tr("filed");
    case LawsuitStatus::Withdrawn: return tr("withdrawn");
    case LawsuitStatus::Dismissed: return tr("dismissed");
    case LawsuitStatus::Settled: return tr("settled");
    case LawsuitStatus::Ruled: return tr("ruled");
    case LawsuitStatus::None: break;
    }
    return {};
}

QStringList GraphStyle::labelLines(const QString &label) const
{
    const QFontMetricsF metrics(m_nodeFont);
    QStringList lines;
    QString line;
    const auto flush = [&] {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
        line.clear();
    };
    for (const QString &unit : labelBreakUnits(label)) {
        if (metrics.horizontalAdvance((line + unit).trimmed()) <= maxLabelWidth) {
            line += unit;
            continue;
        }
        flush();
        if (metrics.horizontalAdvance(unit.trimmed()) <= maxLabelWidth) {
            line = unit;
            continue;
        }
        // A word wider than a line (a long name, a URL) breaks where it must.
        for (const QChar c : unit) {
            if (!line.isEmpty() && metrics.horizontalAdvance(line + c) > maxLabelWidth)
                flush();
            line += c;
        }
    }
    flush();
    if (lines.isEmpty())
        lines.append(QString());
    return lines;
}

double GraphStyle::labelLineHeight() const
{
    return std::ceil(QFontMetricsF(m_nodeFont).height());
}

QSizeF GraphStyle::labelSize(const QString &label) const
{
    const QFontMetricsF metrics(m_nodeFont);
    double width = 0.0;
    const QStringList lines = labelLines(label);
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    // Rounded up so the text never clips when drawn into the same box.
    return QSizeF(std::ceil(width) + 2.0, labelLineHeight() * lines.size());
}

QSizeF GraphStyle::nodeSize(const Entity &entity) const
{
    const QSizeF label = labelSize(entity.name);
    const NodeStyle style = nodeStyle(entity.type, entity.kind);
    double width = label.width() + glyphSize + 4.0 + 2 * paddingX;
    double height = std::max(label.height(), glyphSize) + 2 * paddingY;
    // Ellipses and hexagons lose their corners: give the text room inside.
    if (style.shape == Shape::Ellipse)
        width = width * 1.12 + 6.0, height += 4.0;
    else if (style.shape == Shape::Hexagon)
        width += height * 0.6;
    return QSizeF(std::max(width, 48.0), std::max(height, 30.0));
}

QSizeF GraphStyle::edgeLabelSize(const QString &text) const
{
    const QFontMetricsF metrics(m_edgeFont);
    return QSizeF(std::ceil(metrics.horizontalAdvance(text)) + 6.0, std::ceil(metrics.height()) + 2.0);
}

QPainterPath GraphStyle::shapePath(Shape shape, const QSizeF &size)
{
    const QRectF rect(-size.width() / 2, -size.height() / 2, size.width(), size.height());
    QPainterPath path;
    switch (shape) {
    case Shape::Ellipse:
        path.addEllipse(rect);
        break;
    case Shape::Rectangle:
        path.addRect(rect);
        break;
    case Shape::RoundedRectangle:
        path.addRoundedRect(rect, 9, 9);
        break;
    case Shape::Hexagon: {
        const double inset = std::min(rect.height() * 0.3, rect.width() / 4);
        QPolygonF hexagon;
        hexagon << QPointF(rect.left(), 0) << QPointF(rect.left() + inset, rect.top())
                << QPointF(rect.right() - inset, rect.top()) << QPointF(rect.right(), 0)
                << QPointF(rect.right() - inset, rect.bottom()) << QPointF(rect.left() + inset, rect.bottom())
                << QPointF(rect.left(), 0);
        path.addPolygon(hexagon);
        path.closeSubpath();
        break;
    }
    }
    return path;
}

void GraphStyle::paintGlyph(QPainter *painter, const QRectF &rect, EntityType type, const QColor &color) const
{
    painter->save();
    painter->setPen(QPen(color, 1.3));
    painter->setBrush(Qt::NoBrush);
    const QPointF c = rect.center();
    const double s = std::min(rect.width(), rect.height());
    switch (type) {
    case EntityType::Person: {
        // Head and shoulders.
        painter->setBrush(color);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(c.x(), c.y() - s * 0.2), s * 0.2, s * 0.2);
        QPainterPath shoulders;
        shoulders.moveTo(c.x() - s * 0.38, c.y() + s * 0.45);
        shoulders.cubicTo(c.x() - s * 0.38, c.y() + s * 0.02, c.x() + s * 0.38, c.y() + s * 0.02,
                          c.x() + s * 0.38, c.y() + s * 0.45);
        shoulders.closeSubpath();
        painter->drawPath(shoulders);
        break;
    }
    case EntityType::Organization: {
        // A building with windows.
        const QRectF building(c.x() - s * 0.32, c.y() - s * 0.42, s * 0.64, s * 0.84);
        painter->drawRect(building);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        for (int row = 0; row < 3; ++row)
            for (int col = 0; col < 2; ++col)
                painter->drawRect(QRectF(building.left() + s * (0.1 + col * 0.26), building.top() + s * (0.1 + row * 0.22),
                                         s * 0.14, s * 0.12));
        break;
    }
    case EntityType::Lawsuit: {
        // Scales of justice.
        painter->drawLine(QPointF(c.x(), c.y() - s * 0.42), QPointF(c.x(), c.y() + s * 0.4));
        painter->drawLine(QPointF(c.x() - s * 0.4, c.y() - s * 0.28), QPointF(c.x() + s * 0.4, c.y() - s * 0.28));
        painter->drawLine(QPointF(c.x() - s * 0.2, c.y() + s * 0.42), QPointF(c.x() + s * 0.2, c.y() + s * 0.42));
        painter->setBrush(color);
        for (int side : {-1, 1}) {
            QPainterPath pan;
            const double x = c.x() + side * s * 0.34;
            pan.moveTo(x - s * 0.16, c.y() + s * 0.02);
            pan.arcTo(QRectF(x - s * 0.16, c.y() - s * 0.14, s * 0.32, s * 0.32), 180, 180);
            pan.closeSubpath();
            painter->drawPath(pan);
        }
        break;
    }
    case EntityType::Product: {
        // A cube.
        painter->setBrush(color.lighter(170));
        QPolygonF top;
        top << QPointF(c.x(), c.y() - s * 0.42) << QPointF(c.x() + s * 0.38, c.y() - s * 0.22)
            << QPointF(c.x(), c.y() - s * 0.02) << QPointF(c.x() - s * 0.38, c.y() - s * 0.22);
        painter->drawPolygon(top);
        painter->setBrush(Qt::NoBrush);
        QPolygonF body;
        body << QPointF(c.x() - s * 0.38, c.y() - s * 0.22) << QPointF(c.x() - s * 0.38, c.y() + s * 0.22)
             << QPointF(c.x(), c.y() + s * 0.42) << QPointF(c.x() + s * 0.38, c.y() + s * 0.22)
             << QPointF(c.x() + s * 0.38, c.y() - s * 0.22);
        painter->drawPolyline(body);
        painter->drawLine(QPointF(c.x(), c.y() - s * 0.02), QPointF(c.x(), c.y() + s * 0.42));
        break;
    }
    }
    painter->restore();
}

void GraphStyle::paintInvestorBadge(QPainter *painter, const QPointF &center) const
{
    painter->save();
    const EdgeStyle invest = edgeStyle(RelationType::InvestedIn);
    painter->setPen(QPen(Qt::white, 1.2));
    painter->setBrush(invest.color);
    painter->drawEllipse(center, badgeSize / 2, badgeSize / 2);
    QFont font = m_edgeFont;
    font.setBold(true);
    font.setPixelSize(9);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(QRectF(center.x() - badgeSize / 2, center.y() - badgeSize / 2, badgeSize, badgeSize),
                      Qt::AlignCenter, QStringLiteral("¥$"));
    painter->restore();
}

LabelMetrics GraphStyle::labelMetrics() const
{
    // A copy of the style travels with the metrics: they may run on the layout thread.
    LabelMetrics metrics;
    metrics.nodeSize = [style = *this](const Entity &entity) { return style.nodeSize(entity); };
    metrics.edgeLabel = [](const Relation &relation) { return relationLabel(relation.type); };
    metrics.edgeLabelSize = [style = *this](const QString &text) { return style.edgeLabelSize(text); };
    return metrics;
}

} // namespace Guanxi
