#include "filterdock.h"
#include "guitestsupport.h"

#include <QSignalSpy>
#include <QSlider>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

Relation relation(RelationType type, const QString &source, const QString &target, const QString &time,
                  double confidence)
{
    Relation r;
    r.type = type;
    r.source = source;
    r.target = target;
    if (!time.isEmpty())
        r.time = *TimePoint::parse(time);
    r.confidence = confidence;
    return r;
}

Entity entity(const QString &key, EntityType type, const QString &name)
{
    Entity e;
    e.key = key;
    e.type = type;
    e.name = name;
    return e;
}

// One person's career over ten years, with an undated and a doubtful relation.
GraphDocument career()
{
    GraphDocument doc;
    doc.info.name = QStringLiteral("career.json");
    doc.info.published = QDate(2024, 8, 11);
    doc.entities = {entity(QStringLiteral("p"), EntityType::Person, QStringLiteral("Greg Brockman")),
                    entity(QStringLiteral("o"), EntityType::Organization, QStringLiteral("OpenAI")),
                    entity(QStringLiteral("s"), EntityType::Organization, QStringLiteral("Stripe"))};
    doc.relations = {relation(RelationType::Founded, QStringLiteral("p"), QStringLiteral("o"), QStringLiteral("2015"), 0.9),
                     relation(RelationType::OnLeave, QStringLiteral("p"), QStringLiteral("o"), QStringLiteral("2024-08"), 0.6),
                     relation(RelationType::WorksAt, QStringLiteral("p"), QStringLiteral("s"), QString(), 1.0)};
    return doc;
}

struct FilterWindow : GoldWindowFixture
{
    QList<GraphDocument> documents() const override { return {career()}; }

    bool isShown(RelationType type) const
    {
        for (EdgeItem *edge : window->scene()->edgeItems()) {
            const Relation *r = window->scene()->relation(edge->id());
            if (r && r->type == type)
                return edge->isVisible();
        }
        ADD_FAILURE() << "no edge of type " << toString(type).toStdString();
        return false;
    }
};

} // namespace

TEST(FilterDock, RelationsDatedAfterTheChosenDayAreRejected)
{
    const Relation later = relation(RelationType::Left, {}, {}, QStringLiteral("2024-06"), 1.0);
    EXPECT_FALSE(FilterDock::accepts(later, QDate(2024, 5, 31), 0.0));
    EXPECT_TRUE(FilterDock::accepts(later, QDate(2024, 6, 1), 0.0));
}

TEST(FilterDock, UndatedRelationsPassEveryDate)
{
    EXPECT_TRUE(FilterDock::accepts(relation(RelationType::Left, {}, {}, {}, 1.0), QDate(1990, 1, 1), 0.0));
}

TEST(FilterDock, RelationsBelowTheMinimumConfidenceAreRejected)
{
    const Relation doubtful = relation(RelationType::Left, {}, {}, {}, 0.5);
    EXPECT_FALSE(FilterDock::accepts(doubtful, QDate(), 0.6));
    EXPECT_TRUE(FilterDock::accepts(doubtful, QDate(), 0.5));
}

TEST(FilterDock, TimeSliderSpansTheMonthsOfTheDatedRelations)
{
    ensureApplication();
    FilterDock dock;
    dock.setTimeRange(career().relations);
    EXPECT_EQ(dock.timeSlider()->minimum(), 0);
    EXPECT_EQ(dock.timeSlider()->maximum(), (2024 - 2015) * 12 + 7);
    EXPECT_EQ(dock.timeSlider()->value(), dock.timeSlider()->maximum());
    EXPECT_FALSE(dock.asOfDate().isValid());
    dock.timeSlider()->setValue(0);
    EXPECT_EQ(dock.asOfDate(), QDate(2015, 1, 31));
    EXPECT_TRUE(dock.timeText().contains(QStringLiteral("2015-01"))) << dock.timeText().toStdString();
}

TEST(FilterDock, NoDatedRelationDisablesTheTimeSlider)
{
    ensureApplication();
    FilterDock dock;
    dock.setTimeRange({relation(RelationType::Left, {}, {}, {}, 1.0)});
    EXPECT_FALSE(dock.timeSlider()->isEnabled());
    EXPECT_FALSE(dock.asOfDate().isValid());
}

TEST(FilterDock, MovingASliderAnnouncesTheChange)
{
    ensureApplication();
    FilterDock dock;
    QSignalSpy spy(&dock, &FilterDock::filtersChanged);
    dock.confidenceSlider()->setValue(70);
    EXPECT_EQ(spy.count(), 1);
    EXPECT_DOUBLE_EQ(dock.minimumConfidence(), 0.7);
}

TEST_F(FilterWindow, TimeSliderHidesLaterRelationsAndKeepsUndatedOnes)
{
    ASSERT_TRUE(isShown(RelationType::OnLeave));
    window->filterDock()->timeSlider()->setValue(12 * 5);  // 2020-01
    EXPECT_TRUE(isShown(RelationType::Founded));
    EXPECT_FALSE(isShown(RelationType::OnLeave));
    EXPECT_TRUE(isShown(RelationType::WorksAt));
    window->filterDock()->timeSlider()->setValue(window->filterDock()->timeSlider()->maximum());
    EXPECT_TRUE(isShown(RelationType::OnLeave));
}

TEST_F(FilterWindow, ConfidenceSliderHidesDoubtfulRelationsLive)
{
    window->filterDock()->confidenceSlider()->setValue(80);
    EXPECT_TRUE(isShown(RelationType::Founded));
    EXPECT_FALSE(isShown(RelationType::OnLeave));
    EXPECT_TRUE(isShown(RelationType::WorksAt));
    window->filterDock()->confidenceSlider()->setValue(95);
    EXPECT_FALSE(isShown(RelationType::Founded));
}
