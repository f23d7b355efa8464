#pragma once

#include "model/graphjson.h"
#include "store/curation.h"
#include "store/graphstore.h"
#include "storetestutil.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

// A store on a temporary file holding one small article's graph, and a
// Curation over it, for the curation tests.
namespace Guanxi::Test {

class CurationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        reopen();
        auto report = m_store->ingest(article(QStringLiteral("a.txt"), QStringLiteral("first reading")));
        ASSERT_TRUE(report) << report.error().toString().toStdString();
    }

    // The article: two entries for one person (an English and a Chinese
    // name), two organisations that compete, an investor, a product filed as
    // an organisation by mistake.
    static GraphDocument article(const QString &name, const QString &text)
    {
        GraphDocument d = makeDocument(name, text);
        d.entities = {
            makeEntity(QStringLiteral("e1"), EntityType::Person, QStringLiteral("Sam Altman"), {QStringLiteral("Altman")}),
            makeEntity(QStringLiteral("e2"), EntityType::Person, QStringLiteral("奥特曼"), {QStringLiteral("山姆·奥特曼")}),
            makeEntity(QStringLiteral("e3"), EntityType::Organization, QStringLiteral("OpenAI")),
            makeEntity(QStringLiteral("e4"), EntityType::Organization, QStringLiteral("Microsoft"), {QStringLiteral("微软")}),
            makeEntity(QStringLiteral("e5"), EntityType::Organization, QStringLiteral("Anthropic")),
            makeEntity(QStringLiteral("e6"), EntityType::Organization, QStringLiteral("ChatGPT")),
        };
        d.relations = {
            makeRelation(RelationType::WorksAt, QStringLiteral("e1"), QStringLiteral("e3"), QStringLiteral("2019"),
                         QStringLiteral("Altman runs OpenAI.")),
            makeRelation(RelationType::WorksAt, QStringLiteral("e2"), QStringLiteral("e3"), QStringLiteral("2019"),
                         QStringLiteral("奥特曼执掌OpenAI。")),
            makeRelation(RelationType::Founded, QStringLiteral("e2"), QStringLiteral("e3"), QStringLiteral("2015"),
                         QStringLiteral("奥特曼创立了OpenAI。")),
            makeRelation(RelationType::InvestedIn, QStringLiteral("e4"), QStringLiteral("e3"), {},
                         QStringLiteral("微软投资了OpenAI。")),
            makeRelation(RelationType::CompetitorOf, QStringLiteral("e3"), QStringLiteral("e5"), {},
                         QStringLiteral("OpenAI与Anthropic竞争。")),
        };
        return d;
    }

    void reopen()
    {
        m_curation.reset();
        m_store.reset();
        auto store = GraphStore::open(m_dir.filePath(QStringLiteral("graph.db")));
        ASSERT_TRUE(store) << store.error().toString().toStdString();
        m_store = std::move(*store);
        m_curation = std::make_unique<Curation>(*m_store);
    }

    EntityId id(const QString &name) const
    {
        auto found = m_curation->findEntity(name);
        EXPECT_TRUE(found) << name.toStdString() << ": " << found.error().toString().toStdString();
        return found ? *found : EntityId();
    }

    Entity entity(const QString &name) const
    {
        auto e = m_store->entity(id(name));
        EXPECT_TRUE(e);
        return e ? *e : Entity();
    }

    bool exists(const QString &name) const
    {
        auto found = m_store->findEntity(name);
        return found && found->has_value();
    }

    // Every stored relation between the two named entities.
    QList<Relation> relationsBetween(const QString &a, const QString &b) const
    {
        const EntityId ia = id(a);
        const EntityId ib = id(b);
        QList<Relation> out;
        auto graph = m_store->graph();
        EXPECT_TRUE(graph);
        for (const Relation &r : graph->relations) {
            if ((r.sourceId == ia && r.targetId == ib) || (r.sourceId == ib && r.targetId == ia))
                out.append(r);
        }
        return out;
    }

    const Relation *find(const QList<Relation> &relations, RelationType type) const
    {
        for (const Relation &r : relations) {
            if (r.type == type)
                return &r;
        }
        return nullptr;
    }

    Relation relation(const QString &a, RelationType type, const QString &b) const
    {
        const QList<Relation> between = relationsBetween(a, b);
        const Relation *r = find(between, type);
        EXPECT_TRUE(r) << a.toStdString() << " " << toString(type).toStdString() << " " << b.toStdString();
        return r ? *r : Relation();
    }

    qint64 relationCount() const
    {
        auto stats = m_store->stats();
        return stats ? stats->relations : -1;
    }

    // The whole stored graph as JSON: equal snapshots mean equal rows, ids included.
    QByteArray snapshot() const
    {
        auto graph = m_store->graph();
        EXPECT_TRUE(graph);
        return graph ? GraphJson::write(*graph) : QByteArray();
    }

    Result<IngestReport> reingest(const QString &name = QStringLiteral("a-again.txt"))
    {
        // The same article read again (a new extractor, an edited copy): the
        // text differs, so it is a new document with the same facts.
        return m_store->ingest(article(name, QStringLiteral("second reading of ") + name));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<GraphStore> m_store;
    std::unique_ptr<Curation> m_curation;
};

} // namespace Guanxi::Test
