#pragma once

#include "model/relation.h"
#include "model/types.h"

#include <QDate>
#include <QDockWidget>
#include <QHash>
#include <QSet>

class QCheckBox;
class QLabel;
class QSlider;

namespace Guanxi {

// Check boxes for entity and relation types, a time slider (the graph as of
// a month) and a minimum-confidence slider; every change applies at once.
class FilterDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit FilterDock(QWidget *parent = nullptr);

    QSet<EntityType> hiddenEntityTypes() const;
    QSet<RelationType> hiddenRelationTypes() const;
    QCheckBox *entityCheckBox(EntityType type) const { return m_entityBoxes.value(type); }
    QCheckBox *relationCheckBox(RelationType type) const { return m_relationBoxes.value(type); }

    // The months the time slider spans: from the earliest to the latest
    // dated relation. A slider at its end stays at the end (shows all).
    void setTimeRange(const QList<Relation> &relations);
    // The last day shown; invalid when no date filter applies.
    QDate asOfDate() const;
    double minimumConfidence() const;
    // Whether a relation passes the time and confidence filters (not its type).
    // Undated relations pass every date.
    bool accepts(const Relation &relation) const;
    static bool accepts(const Relation &relation, const QDate &asOf, double minimumConfidence);

    QSlider *timeSlider() const { return m_timeSlider; }
    QSlider *confidenceSlider() const { return m_confidenceSlider; }
    QString timeText() const;

Q_SIGNALS:
    void filtersChanged();

private:
    void updateLabels();

    QSlider *m_timeSlider;
    QLabel *m_timeLabel;
    QSlider *m_confidenceSlider;
    QLabel *m_confidenceLabel;
    QDate m_firstMonth;  // the slider's 0; invalid when no relation is dated
    QHash<EntityType, QCheckBox *> m_entityBoxes;
    QHash<RelationType, QCheckBox *> m_relationBoxes;
};

} // namespace Guanxi
