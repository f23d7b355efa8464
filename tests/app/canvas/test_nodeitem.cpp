#include "canvastesthelpers.h"
#include "nodeitem.h"

using namespace Guanxi;

namespace {

NodeAppearance appearanceOf(const QString &name, EntityType type, bool isInvestor = false)
{
    Entity entity;
    entity.key = QStringLiteral("k");
    entity.name = name;
    entity.type = type;
    return NodeAppearance::fromEntity(entity, isInvestor, GraphStyle::standard());
}

} // namespace

TEST(NodeItem, LabelFitsInsideTheShape)
{
    TestSupport::ensureApplication();
    for (EntityType type : allEntityTypes) {
        const NodeItem item(appearanceOf(QStringLiteral("伊尔亚·苏茨克维 Ilya Sutskever"), type), GraphStyle::standard());
        const QRectF label = item.labelRect();
        EXPECT_TRUE(item.shape().contains(label.center()));
        EXPECT_TRUE(item.shape().boundingRect().contains(label)) << toString(type).toStdString();
    }
}

TEST(NodeItem, BoundingRectCoversTheInvestorBadge)
{
    TestSupport::ensureApplication();
    const NodeItem plain(appearanceOf(QStringLiteral("Microsoft"), EntityType::Organization), GraphStyle::standard());
    const NodeItem investor(appearanceOf(QStringLiteral("Microsoft"), EntityType::Organization, true), GraphStyle::standard());
    EXPECT_LT(investor.boundingRect().top(), plain.boundingRect().top());
    EXPECT_TRUE(investor.boundingRect().contains(investor.shape().boundingRect()));
}

TEST(NodeItem, NewAppearanceUpdatesGeometryAndPosition)
{
    TestSupport::ensureApplication();
    NodeItem item(appearanceOf(QStringLiteral("X"), EntityType::Organization), GraphStyle::standard());
    const QRectF before = item.boundingRect();
    NodeAppearance longer = appearanceOf(QStringLiteral("Space Exploration Technologies Corp."), EntityType::Organization);
    longer.center = QPointF(200, 100);
    item.setAppearance(longer);
    EXPECT_GT(item.boundingRect().width(), before.width());
    EXPECT_EQ(item.pos(), QPointF(200, 100));
}

TEST(NodeItem, HasItsOwnItemType)
{
    TestSupport::ensureApplication();
    const NodeItem item(appearanceOf(QStringLiteral("A"), EntityType::Person), GraphStyle::standard());
    EXPECT_EQ(item.type(), int(QGraphicsItem::UserType + 1));
    EXPECT_TRUE(item.acceptHoverEvents());
}
