#include "filterdock.h"

#include "graphstyle.h"

#include <QCheckBox>
#include <QLabel>
#include <QSlider>
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
    , m_timeSlider(new QSlider(Qt::Horizontal))
    , m_timeLabel(new QLabel)
    , m_confidenceSlider(new QSlider(Qt::Horizontal))
    , m_confidenceLabel(new QLabel)
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
    auto *time = new QGroupBox(tr("Time"));
    auto *timeLayout = new QVBoxLayout(time);
    m_timeSlider->setObjectName(QStringLiteral("timeSlider"));
    m_timeSlider->setRange(0, 0);
    m_timeSlider->setPageStep(12);
    m_timeSlider->setToolTip(tr("Shows the graph as of a month: relations dated later are hidden. "
                                "Undated relations are always shown."));
    m_timeLabel->setToolTip(m_timeSlider->toolTip());
    m_timeLabel->setWordWrap(true);
    timeLayout->addWidget(m_timeLabel);
    timeLayout->addWidget(m_timeSlider);
    auto *confidence = new QGroupBox(tr("Minimum confidence"));
    auto *confidenceLayout = new QVBoxLayout(confidence);
    m_confidenceSlider->setObjectName(QStringLiteral("confidenceSlider"));
    m_confidenceSlider->setRange(0, 100);
    m_confidenceSlider->setSingleStep(5);
    m_confidenceSlider->setPageStep(10);
    m_confidenceSlider->setToolTip(tr("Hides relations the extraction is less sure of"));
    confidenceLayout->addWidget(m_confidenceLabel);
    confidenceLayout->addWidget(m_confidenceSlider);
    for (QSlider *slider : {m_timeSlider, m_confidenceSlider}) {
        connect(slider, &QSlider::valueChanged, this, &FilterDock::updateLabels);
        connect(slider, &QSlider::valueChanged, this, &FilterDock::filtersChanged);
    }
    updateLabels();

    layout->addWidget(entities);
    layout->addWidget(relations);
    layout->addWidget(time);
    layout->addWidget(confidence);
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

namespace {

int monthIndex(const QDate &first, const QDate &date)
{
    return (date.year() - first.year()) * 12 + date.month() - first.month();
}

} // namespace

void FilterDock::setTimeRange(const QList<Relation> &relations)
{
    QDate first, last;
    for (const Relation &relation : relations) {
        if (!relation.time.isValid())
            continue;
        const QDate start = relation.time.first();
        if (!first.isValid() || start < first)
            first = start;
        if (!last.isValid() || start > last)
            last = start;
    }
    const bool wasAtEnd = m_timeSlider->value() == m_timeSlider->maximum();
    const QDate wasAsOf = asOfDate();
    const QSignalBlocker blocker(m_timeSlider);
    m_firstMonth = first.isValid() ? QDate(first.year(), first.month(), 1) : QDate();
    m_timeSlider->setEnabled(first.isValid());
    m_timeSlider->setRange(0, first.isValid() ? monthIndex(m_firstMonth, last) : 0);
    m_timeSlider->setValue(wasAtEnd || !wasAsOf.isValid() ? m_timeSlider->maximum()
                                                           : monthIndex(m_firstMonth, wasAsOf));
    updateLabels();
    Q_EMIT filtersChanged();
}

QDate FilterDock::asOfDate() const
{
    if (!m_firstMonth.isValid() || m_timeSlider->value() == m_timeSlider->maximum())
        return {};
    const QDate month = m_firstMonth.addMonths(m_timeSlider->value());
    return month.addDays(month.daysInMonth() - 1);
}

double FilterDock::minimumConfidence() const
{
    return m_confidenceSlider->value() / 100.0;
}

bool FilterDock::accepts(const Relation &relation) const
{
    return accepts(relation, asOfDate(), minimumConfidence());
}

bool FilterDock::accepts(const Relation &relation, const QDate &asOf, double minimumConfidence)
{
    // A relation only known to a month or year counts from its first day.
    if (asOf.isValid() && relation.time.isValid() && relation.time.first() > asOf)
        return false;
    return relation.confidence + 1e-9 >= minimumConfidence;
}

QString FilterDock::timeText() const
{
    return m_timeLabel->text();
}

void FilterDock::updateLabels()
{
    const QDate asOf = asOfDate();
    if (!m_firstMonth.isValid())
        m_timeLabel->setText(tr("No dated relations"));
    else if (!asOf.isValid())
        m_timeLabel->setText(tr("All dates (up to %1)").arg(m_firstMonth.addMonths(m_timeSlider->maximum()).toString(QStringLiteral("yyyy-MM"))));
    else
        m_timeLabel->setText(tr("As of %1 (undated relations kept)").arg(asOf.toString(QStringLiteral("yyyy-MM"))));
    m_confidenceLabel->setText(m_confidenceSlider->value() == 0
                                   ? tr("Any confidence")
                                   : tr("At least %1").arg(minimumConfidence(), 0, 'f', 2));
}

} // namespace Guanxi
