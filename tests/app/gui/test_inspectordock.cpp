#include "guitestsupport.h"
#include "inspectordock.h"

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

// A departure reported by three articles: two give May, one gives June.
QByteArray departureJson(const char *name, const char *published, const char *time, const char *sentence)
{
    return QByteArrayLiteral(R"({"document": ")") + name + QByteArrayLiteral(R"(", "published": ")") + published
        + QByteArrayLiteral(R"(",
      "entities": [
        {"id": "p", "type": "person", "name": "Ilya Sutskever", "aliases": ["苏茨克维"]},
        {"id": "o", "type": "organization", "kind": "company", "name": "OpenAI", "aliases": ["OpenAI"]}],
      "relations": [
        {"type": "left", "source": "p", "target": "o", "time": ")")
        + time + QByteArrayLiteral(R"(", "evidence": ")") + sentence + QByteArrayLiteral(R"("}]})");
}

GraphDocument parsed(const QByteArray &json)
{
    auto graph = GraphJson::read(json);
    EXPECT_TRUE(graph.has_value()) << (graph ? std::string() : graph.error().toString().toStdString());
    return graph ? *graph : GraphDocument();
}

struct DisagreeingWindow : GoldWindowFixture
{
    QList<GraphDocument> documents() const override
    {
        return {parsed(departureJson("a.json", "2024-05-15", "2024-05", "苏茨克维5月离开OpenAI。")),
                parsed(departureJson("b.json", "2024-06-02", "2024-06", "苏茨克维6月离职。")),
                parsed(departureJson("c.json", "2024-07-01", "2024-05", "苏茨克维已于5月离开。"))};
    }

    QString leftEdgeWithTime(const QString &time) const
    {
        for (EdgeItem *edge : window->scene()->edgeItems()) {
            const Relation *r = window->scene()->relation(edge->id());
            if (r && r->type == RelationType::Left && r->time.toString() == time)
                return edge->id();
        }
        return {};
    }
};

Relation left(const QString &time, const QString &role, qint64 document)
{
    Relation r;
    r.type = RelationType::Left;
    r.source = QStringLiteral("p");
    r.target = QStringLiteral("o");
    r.time = *TimePoint::parse(time);
    r.role = role;
    Evidence e;
    e.documentId = DocumentId(document);
    r.evidence = {e};
    return r;
}

} // namespace

TEST(InspectorDock, OneVersionOfARelationIsNoDisagreement)
{
    const Relation only = left(QStringLiteral("2024-05"), {}, 1);
    EXPECT_TRUE(InspectorDock::variantsOf(only, {only}, {}).isEmpty());
}

TEST(InspectorDock, DifferentRolesAreSeparateVersions)
{
    const QList<Relation> relations{left(QStringLiteral("2024"), QStringLiteral("CEO"), 1),
                                    left(QStringLiteral("2024"), QStringLiteral("董事"), 2)};
    const QList<RelationVariant> variants = InspectorDock::variantsOf(relations.first(), relations, {});
    ASSERT_EQ(variants.size(), 2);
    EXPECT_EQ(variants[0].role, QStringLiteral("CEO"));
    EXPECT_EQ(variants[1].role, QStringLiteral("董事"));
}

TEST(InspectorDock, VersionsCountTheirArticlesAndDates)
{
    const QList<Relation> relations{left(QStringLiteral("2024-06"), {}, 2), left(QStringLiteral("2024-05"), {}, 1),
                                    left(QStringLiteral("2024-05"), {}, 3)};
    const QHash<qint64, QDate> published{{1, QDate(2024, 5, 15)}, {2, QDate(2024, 6, 2)}, {3, QDate(2024, 7, 1)}};
    const QList<RelationVariant> variants = InspectorDock::variantsOf(relations.first(), relations, published);
    ASSERT_EQ(variants.size(), 2);
    EXPECT_EQ(variants[0].time.toString(), QStringLiteral("2024-05"));
    EXPECT_EQ(variants[0].articles, 2);
    EXPECT_EQ(variants[0].firstReported, QDate(2024, 5, 15));
    EXPECT_EQ(variants[0].lastReported, QDate(2024, 7, 1));
    EXPECT_EQ(variants[1].articles, 1);
}

TEST_F(DisagreeingWindow, AnEdgeShowsTheVersionsArticlesGiveSideBySide)
{
    const QString may = leftEdgeWithTime(QStringLiteral("2024-05"));
    ASSERT_FALSE(may.isEmpty());
    window->scene()->selectEdge(may);
    const QList<RelationVariant> &variants = window->inspector()->variants();
    ASSERT_EQ(variants.size(), 2);
    EXPECT_EQ(variants[0].time.toString(), QStringLiteral("2024-05"));
    EXPECT_EQ(variants[0].articles, 2);
    EXPECT_EQ(variants[0].firstReported, QDate(2024, 5, 15));
    EXPECT_EQ(variants[0].lastReported, QDate(2024, 7, 1));
    EXPECT_EQ(variants[1].time.toString(), QStringLiteral("2024-06"));
    EXPECT_EQ(variants[1].articles, 1);
    EXPECT_EQ(variants[1].firstReported, QDate(2024, 6, 2));
    const QString shown = window->inspector()->detailsText();
    EXPECT_TRUE(shown.contains(QStringLiteral("Articles disagree"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("2024-07-01"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("2024-06-02"))) << shown.toStdString();
}

TEST_F(DisagreeingWindow, BothVersionsShowTheSameComparison)
{
    window->scene()->selectEdge(leftEdgeWithTime(QStringLiteral("2024-06")));
    ASSERT_EQ(window->inspector()->variants().size(), 2);
    EXPECT_EQ(window->inspector()->variants().first().time.toString(), QStringLiteral("2024-05"));
}
