#include "model/graphjson.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Guanxi;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Result<GraphDocument> parse(const char *json) { return GraphJson::read(QByteArray(json)); }

} // namespace

TEST(GraphJson, ReadsEveryGoldFile)
{
    QStringList files{QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.gold.json")};
    const QDir dev(QStringLiteral(GUANXI_EVAL_DIR "/dev"));
    for (const QString &name : dev.entryList({QStringLiteral("*.gold.json")}))
        files.append(dev.absoluteFilePath(name));
    for (const QString &file : files) {
        const QByteArray json = readFile(file);
        if (json.isEmpty())
            GTEST_SKIP() << "evaluation files not found beside the checkout";
        const auto doc = GraphJson::read(json);
        ASSERT_TRUE(doc) << file.toStdString() << ": " << doc.error().toString().toStdString();
        EXPECT_GT(doc->entities.size(), 10);
        EXPECT_GT(doc->relations.size(), 10);
    }
}

TEST(GraphJson, RoundTripKeepsEveryField)
{
    GraphDocument doc;
    doc.info.name = QStringLiteral("a.txt");
    doc.info.published = QDate(2024, 8, 11);
    Entity musk{.key = QStringLiteral("e1"), .type = EntityType::Person, .name = QStringLiteral("Elon Musk"),
                .aliases = {QStringLiteral("马斯克")}};
    musk.evidence.append(Evidence{.document = QStringLiteral("a.txt"), .sentence = QStringLiteral("马斯克说。"), .start = 3, .end = 8});
    Entity openai{.key = QStringLiteral("e2"), .type = EntityType::Organization, .kind = OrgKind::Nonprofit,
                  .name = QStringLiteral("OpenAI")};
    Entity suit{.key = QStringLiteral("e3"), .type = EntityType::Lawsuit, .name = QStringLiteral("Musk v. OpenAI"),
                .court = QStringLiteral("加州法院"), .status = LawsuitStatus::Withdrawn, .time = TimePoint::year(2024)};
    doc.entities = {musk, openai, suit};
    Relation invest{.type = RelationType::InvestedIn, .source = QStringLiteral("e1"), .target = QStringLiteral("e2"),
                    .time = TimePoint::isoWeek(2024, 31), .amount = QStringLiteral("10亿美元"),
                    .amountValue = 1e9, .currency = QStringLiteral("USD"), .confidence = 0.7};
    invest.evidence.append(Evidence{.document = QStringLiteral("a.txt"), .sentence = QStringLiteral("投资了。"), .start = 10, .end = 14});
    doc.relations = {invest, Relation{.type = RelationType::PlaintiffIn, .source = QStringLiteral("e1"), .target = QStringLiteral("e3")}};

    const auto back = GraphJson::read(GraphJson::write(doc));
    ASSERT_TRUE(back) << back.error().toString().toStdString();
    ASSERT_EQ(back->entities.size(), 3);
    EXPECT_EQ(back->info.published, QDate(2024, 8, 11));
    EXPECT_EQ(back->entities[0].aliases, (QStringList{QStringLiteral("Elon Musk"), QStringLiteral("马斯克")}));
    EXPECT_EQ(back->entities[0].evidence, musk.evidence);
    EXPECT_EQ(back->entities[1].kind, OrgKind::Nonprofit);
    EXPECT_EQ(back->entities[2].status, LawsuitStatus::Withdrawn);
    EXPECT_EQ(back->entities[2].court, QStringLiteral("加州法院"));
    ASSERT_EQ(back->relations.size(), 2);
    const Relation &r = back->relations[0];
    EXPECT_EQ(r.type, RelationType::InvestedIn);
    EXPECT_EQ(r.time.toString(), QStringLiteral("2024-W31"));
    EXPECT_EQ(r.amount, QStringLiteral("10亿美元"));
    EXPECT_EQ(r.amountValue, 1e9);
    EXPECT_EQ(r.currency, QStringLiteral("USD"));
    EXPECT_DOUBLE_EQ(r.confidence, 0.7);
    EXPECT_EQ(r.evidence, invest.evidence);
}

TEST(GraphJson, ConfidenceIsWrittenWithThreeDecimalsAtMost)
{
    GraphDocument doc;
    doc.entities = {Entity{.key = QStringLiteral("e1"), .type = EntityType::Person, .name = QStringLiteral("A"), .confidence = 0.7 + 0.1},
                    Entity{.key = QStringLiteral("e2"), .type = EntityType::Organization, .name = QStringLiteral("B")}};
    doc.relations = {Relation{.type = RelationType::WorksAt, .source = QStringLiteral("e1"), .target = QStringLiteral("e2"),
                              .confidence = 2.0 / 3.0}};
    const QByteArray json = GraphJson::write(doc, {.indented = false});
    EXPECT_TRUE(json.contains("\"confidence\":0.8,")) << json.constData();
    EXPECT_TRUE(json.contains("\"confidence\":0.667,")) << json.constData();
    EXPECT_FALSE(json.contains("0.7999")) << json.constData();
}

TEST(GraphJson, UnknownEntityTypeIsAnError)
{
    const auto doc = parse(R"({"entities":[{"id":"a","type":"planet","name":"Mars"}],"relations":[]})");
    ASSERT_FALSE(doc);
    EXPECT_TRUE(doc.error().message().contains(QStringLiteral("planet")));
}

TEST(GraphJson, DanglingRelationEndIsAnError)
{
    const auto doc = parse(R"({"entities":[{"id":"a","type":"person","name":"A"}],
        "relations":[{"type":"works_at","source":"a","target":"nowhere"}]})");
    ASSERT_FALSE(doc);
    EXPECT_TRUE(doc.error().message().contains(QStringLiteral("nowhere")));
}

TEST(GraphJson, MalformedTimeIsAnError)
{
    const auto doc = parse(R"({"entities":[{"id":"a","type":"person","name":"A"},
        {"id":"b","type":"organization","kind":"company","name":"B"}],
        "relations":[{"type":"joined","source":"a","target":"b","time":"last June"}]})");
    ASSERT_FALSE(doc);
    EXPECT_TRUE(doc.error().message().contains(QStringLiteral("last June")));
}

TEST(GraphJson, RelationBetweenWrongTypesIsAnError)
{
    const auto doc = parse(R"({"entities":[{"id":"a","type":"person","name":"A"},
        {"id":"b","type":"person","name":"B"}],
        "relations":[{"type":"works_at","source":"a","target":"b"}]})");
    ASSERT_FALSE(doc);
}

TEST(GraphJson, DuplicateEntityIdIsAnError)
{
    EXPECT_FALSE(parse(R"({"entities":[{"id":"a","type":"person","name":"A"},
        {"id":"a","type":"person","name":"B"}],"relations":[]})"));
}

TEST(GraphJson, NotJsonIsAParseError)
{
    const auto doc = GraphJson::read("{\"entities\": [");
    ASSERT_FALSE(doc);
    EXPECT_EQ(doc.error().category(), Error::Category::Parse);
}

namespace {

// What the streamed writer must reproduce byte for byte.
QByteArray treeText(const GraphDocument &doc, const GraphJson::WriteOptions &options)
{
    return QJsonDocument(GraphJson::toJson(doc, options))
        .toJson(options.indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

QByteArray streamed(const GraphDocument &doc, const GraphJson::WriteOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(GraphJson::write(doc, buffer, options));
    return bytes;
}

} // namespace

TEST(GraphJson, StreamedTextIsWhatAJsonTreeWrites)
{
    const QDir data(QStringLiteral(GUANXI_TEST_DATA_DIR "/extraction"));
    int compared = 0;
    for (const QString &name : data.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto doc = GraphJson::read(readFile(data.filePath(name + QStringLiteral("/expected.json"))));
        if (!doc)
            continue;
        for (const bool indented : {true, false}) {
            GraphJson::WriteOptions options;
            options.indented = indented;
            ASSERT_EQ(streamed(*doc, options), treeText(*doc, options)) << name.toStdString();
        }
        ++compared;
    }
    EXPECT_GT(compared, 20);
}

TEST(GraphJson, StreamedTextPlacesEveryHeaderFieldInOrder)
{
    GraphDocument doc;
    doc.info.name = QStringLiteral("a \"quoted\" name.txt");
    doc.info.published = QDate(2024, 8, 11);
    doc.info.title = QStringLiteral("标题\n二行");
    doc.info.source = QStringLiteral("华尔街见闻");
    doc.info.sourceUrl = QStringLiteral("https://example.com/a");
    doc.info.language = QStringLiteral("zh");
    doc.notes = QStringLiteral("notes");
    for (const bool indented : {true, false}) {
        GraphJson::WriteOptions options;
        options.indented = indented;
        EXPECT_EQ(streamed(doc, options), treeText(doc, options)); // both lists empty
        Entity e;
        e.key = QStringLiteral("e1");
        e.type = EntityType::Person;
        e.name = QStringLiteral("马斯克");
        GraphDocument one = doc;
        one.entities.append(e);
        EXPECT_EQ(streamed(one, options), treeText(one, options)); // relations empty
    }
}

TEST(GraphJson, StreamingToADeviceThatRefusesWritesIsAnError)
{
    GraphDocument doc;
    doc.info.name = QStringLiteral("a.txt");
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto written = GraphJson::write(doc, buffer, GraphJson::WriteOptions());
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().category(), Error::Category::Io);
}
