#include "canvastesthelpers.h"
#include "graphstyle.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QSet>

using namespace Guanxi;

TEST(GraphStyle, EveryEntityTypeHasADistinctShapeFromPersons)
{
    TestSupport::ensureApplication();
    const GraphStyle &style = GraphStyle::standard();
    EXPECT_EQ(style.nodeStyle(EntityType::Person).shape, GraphStyle::Shape::Ellipse);
    EXPECT_EQ(style.nodeStyle(EntityType::Organization, OrgKind::Company).shape, GraphStyle::Shape::Rectangle);
    EXPECT_EQ(style.nodeStyle(EntityType::Lawsuit).shape, GraphStyle::Shape::Hexagon);
    EXPECT_EQ(style.nodeStyle(EntityType::Product).shape, GraphStyle::Shape::RoundedRectangle);
}

TEST(GraphStyle, RelationTypesAreTellApartByColourOrDash)
{
    TestSupport::ensureApplication();
    const GraphStyle &style = GraphStyle::standard();
    QSet<QString> looks;
    for (RelationType type : allRelationTypes) {
        const GraphStyle::EdgeStyle edge = style.edgeStyle(type);
        QStringList dashes;
        for (qreal d : edge.dashes)
            dashes.append(QString::number(d));
        looks.insert(edge.color.name() + dashes.join(QLatin1Char(',')));
    }
    EXPECT_EQ(looks.size(), qsizetype(allRelationTypes.size()));
}

TEST(GraphStyle, ChineseLabelsUseAFontWithCjkGlyphs)
{
    TestSupport::ensureApplication();
    const QFontMetricsF metrics(GraphStyle::standard().nodeFont());
    for (QChar c : QStringLiteral("马斯克苏茨克维诉讼"))
        EXPECT_TRUE(metrics.inFont(c)) << "no glyph for U+" << std::hex << int(c.unicode());
}

TEST(GraphStyle, LongLabelsWrapWithinTheMaximumWidth)
{
    TestSupport::ensureApplication();
    const GraphStyle &style = GraphStyle::standard();
    const QString label = QStringLiteral("马斯克今年早些时候在加州对OpenAI和奥特曼提起的诉讼");
    const QStringList lines = style.labelLines(label);
    EXPECT_GT(lines.size(), 1);
    EXPECT_EQ(lines.join(QString()), label);
    EXPECT_LE(style.labelSize(label).width(), GraphStyle::maxLabelWidth + 2.0);
}

namespace {

// Whether a line break falls inside an occurrence of `word` in the label.
bool breaksInside(const QStringList &lines, const QString &word)
{
    QList<qsizetype> breaks;
    qsizetype offset = 0;
    for (const QString &line : lines)
        breaks.append(offset += line.size());
    const QString label = lines.join(QString());
    for (qsizetype at = label.indexOf(word); at >= 0; at = label.indexOf(word, at + 1)) {
        for (qsizetype b : breaks)
            if (b > at && b < at + word.size())
                return true;
    }
    return false;
}

} // namespace

TEST(GraphStyle, ChineseLabelsBreakBetweenWordsNotInsideThem)
{
    TestSupport::ensureApplication();
    const GraphStyle &style = GraphStyle::standard();
    // Lawsuit names of the generated corpus; 加州 was split across lines.
    for (const QString &label : {QStringLiteral("景月资本在加州法院对数现资本提起的诉讼"),
                                 QStringLiteral("象远零科技在加州法院对曜蒙科技提起的诉讼"),
                                 QStringLiteral("鸿极科技在加州法院对石北公司提起的诉讼"),
                                 QStringLiteral("马斯克今年早些时候在加州对OpenAI和奥特曼提起的诉讼")}) {
        const QStringList lines = style.labelLines(label);
        EXPECT_GT(lines.size(), 1) << qPrintable(label);
        EXPECT_EQ(lines.join(QString()), label);
        for (const QString &word : {QStringLiteral("加州"), QStringLiteral("法院"), QStringLiteral("资本"),
                                    QStringLiteral("科技"), QStringLiteral("公司"), QStringLiteral("提起"),
                                    QStringLiteral("诉讼"), QStringLiteral("OpenAI")})
            EXPECT_FALSE(breaksInside(lines, word)) << qPrintable(lines.join(QLatin1Char('/')));
    }
}

TEST(GraphStyle, ALatinWordWiderThanALineStillWraps)
{
    TestSupport::ensureApplication();
    const GraphStyle &style = GraphStyle::standard();
    const QString label = QString(60, QLatin1Char('x'));
    EXPECT_GT(style.labelLines(label).size(), 1);
    EXPECT_LE(style.labelSize(label).width(), GraphStyle::maxLabelWidth + 2.0);
}

TEST(GraphStyle, NodeSizeLeavesRoomForTheMeasuredLabel)
{
    TestSupport::ensureApplication();
    const GraphStyle &style = GraphStyle::standard();
    Entity entity;
    entity.type = EntityType::Organization;
    entity.name = QStringLiteral("Safe Superintelligence Inc");
    const QSizeF label = style.labelSize(entity.name);
    const QSizeF node = style.nodeSize(entity);
    EXPECT_GE(node.width(), label.width() + GraphStyle::glyphSize + 2 * GraphStyle::paddingX);
    EXPECT_GE(node.height(), label.height());
}

TEST(GraphStyle, LabelMetricsMatchTheStyle)
{
    TestSupport::ensureApplication();
    const GraphStyle &style = GraphStyle::standard();
    const LabelMetrics metrics = style.labelMetrics();
    Entity entity;
    entity.name = QStringLiteral("伊尔亚·苏茨克维");
    EXPECT_EQ(metrics.nodeSize(entity), style.nodeSize(entity));
    Relation relation;
    relation.type = RelationType::Founded;
    EXPECT_EQ(metrics.edgeLabel(relation), GraphStyle::relationLabel(RelationType::Founded));
}
