#pragma once

#include "model/types.h"

#include <QDockWidget>
#include <QHash>
#include <QSet>

class QCheckBox;

namespace Guanxi {

// Check boxes for entity and relation types; every change applies at once.
class FilterDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit FilterDock(QWidget *parent = nullptr);

    QSet<EntityType> hiddenEntityTypes() const;
    QSet<RelationType> hiddenRelationTypes() const;
    QCheckBox *entityCheckBox(EntityType type) const { return m_entityBoxes.value(type); }
    QCheckBox *relationCheckBox(RelationType type) const { return m_relationBoxes.value(type); }

Q_SIGNALS:
    void filtersChanged();

private:
    QHash<EntityType, QCheckBox *> m_entityBoxes;
    QHash<RelationType, QCheckBox *> m_relationBoxes;
};

} // namespace Guanxi
