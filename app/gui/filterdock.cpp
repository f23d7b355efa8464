#include "filterdock.h"

#include "graphstyle.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Guanxi {

namespace {

// A small picture of the edge stroke, so the check box doubles as legend.
QIcon strokeIcon(RelationType type)
{
    QPixmap pixmap(28, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(GraphStyle::standard().edgePen(type));
    painter.drawLine(QPointF(1, 6), QPointF(27, 6));
    return QIcon(pixmap);
}

QIcon shapeIcon(EntityType type)
{
    QPixmap pixmap(28, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const GraphStyle::NodeStyle style = GraphStyle::standard().nodeStyle(type, OrgKind::Company);
    painter.setPen(QPen(style.border, 1.2));
    painter.setBrush(style.fill);
    painter.drawPath(GraphStyle::shapePath(style.shape, QSizeF(24, 13)).translated(14, 8));
    return QIcon(pixmap);
}

} // namespace

FilterDock::FilterDock(QWidget *parent)
    : QDockWidget(tr("Filters"), parent)
{
    setObjectName(QStringLiteral("FilterDock"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *entities = new QGroupBox(tr("Entity types"));
    auto *entityLayout = new QVBoxLayout(entities);
    for (EntityType type : allEntityTypes) {
        auto *box = new QCheckBox(GraphStyle::entityTypeLabel(type));
        box->setIcon(shapeIcon(type));
        box->setChecked(true);
        box->setObjectName(QStringLiteral("entity-") + toString(type));
        connect(box, &QCheckBox::toggled, this, &FilterDock::filtersChanged);
        entityLayout->addWidget(box);
        m_entityBoxes.insert(type, box);
    }
    auto *relations = new QGroupBox(tr("Relation types"));
    auto *relationLayout = new QVBoxLayout(relations);
    for (RelationType type : allRelationTypes) {
        auto *box = new QCheckBox(GraphStyle::relationLabel(type));
        box->setIcon(strokeIcon(type));
        box->setChecked(true);
        box->setObjectName(QStringLiteral("relation-") + toString(type));
        connect(box, &QCheckBox::toggled, this, &FilterDock::filtersChanged);
        relationLayout->addWidget(box);
        m_relationBoxes.insert(type, box);
    }
    layout->addWidget(entities);
    layout->addWidget(relations);
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);
}

QSet<EntityType> FilterDock::hiddenEntityTypes() const
{
    QSet<EntityType> hidden;
    for (auto it = m_entityBoxes.cbegin(); it != m_entityBoxes.cend(); ++it)
        if (!it.value()->isChecked())
            hidden.insert(it.key());
    return hidden;
}

QSet<RelationType> FilterDock::hiddenRelationTypes() const
{
    QSet<RelationType> hidden;
    for (auto it = m_relationBoxes.cbegin(); it != m_relationBoxes.cend(); ++it)
        if (!it.value()->isChecked())
            hidden.insert(it.key());
    return hidden;
}

} // namespace Guanxi
