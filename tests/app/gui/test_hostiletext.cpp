// Hostile text typed and pasted into the viewer's search box (issue 6):
// quotes, FTS5 syntax, SQL fragments, 20,000 characters, control characters,
// a lone surrogate (tests/support/hostilestrings.h, the list the CLI's search
// is fed too). Each goes through the box's completion and Enter; the window
// must not crash, open no dialog, report no error, and leave the store as it
// was. Both searches are covered: the window's own index (a small graph) and
// the store's FTS index behind it (a graph above the large-graph threshold).
// The viewer has no other free-text field: the filter dock is check boxes and
// sliders.

#include "../../support/hostilestrings.h"
#include "dialoganswerer.h"
#include "guitestsupport.h"
#include "searchbox.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QCompleter>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

// Short enough to type key by key as well; every string is also pasted (Ctrl+V), as a user would.
constexpr int typedLength = 64;

// A graph above MainWindow's large-graph threshold (2,000 entities): the
// search box then asks the store's FTS index for what the window does not show.
GraphDocument largeGraph()
{
    GraphDocument document;
    document.info.name = QStringLiteral("large.json");
    for (int i = 0; i < 10; ++i) {
        Entity company;
        company.key = QStringLiteral("c%1").arg(i);
        company.type = EntityType::Organization;
        company.kind = OrgKind::Company;
        company.name = QStringLiteral("星河智能 %1").arg(i);
        document.entities.append(company);
    }
    for (int i = 0; i < 2100; ++i) {
        Entity person;
        person.key = QStringLiteral("p%1").arg(i);
        person.name = QStringLiteral("Person %1").arg(i, 4, 10, QLatin1Char('0'));
        document.entities.append(person);
        Relation works;
        works.type = RelationType::WorksAt;
        works.source = person.key;
        works.target = QStringLiteral("c%1").arg(i % 10);
        document.relations.append(works);
    }
    return document;
}

struct HostileTextFixture : GoldWindowFixture
{
    void SetUp() override
    {
        ensureApplication();
        answerer = std::make_unique<DialogAnswerer>();
        GoldWindowFixture::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        window->setErrorReporter([this](const QString &title, const QString &text) { reported.append(title + text); });
        auto store = GraphStore::open(dbPath, GraphStore::OpenMode::ReadOnly);
        ASSERT_TRUE(store.has_value()) << store.error().toString().toStdString();
        reader = std::move(*store);
        before = snapshot();
    }

    void TearDown() override
    {
        reader.reset();
        GoldWindowFixture::TearDown();
        answerer.reset();
    }

    // Counts, and PRAGMA data_version: whether anyone committed since the reader opened.
    QList<qint64> snapshot() const
    {
        auto stats = reader->stats();
        auto version = reader->dataVersion();
        EXPECT_TRUE(stats.has_value() && version.has_value());
        if (!stats || !version)
            return {};
        return {stats->documents, stats->entities, stats->relations, stats->evidence, *version};
    }

    // Types `text` key by key into the search box (QTest::keyClicks asserts on
    // characters outside ASCII, so each key carries its text), or pastes it
    // whole (Ctrl+V); the completion runs; then Enter.
    void enter(const QString &text, bool isPasted = false)
    {
        SearchBox *box = window->searchBox();
        box->clear();
        box->setFocus();
        if (!isPasted) {
            for (const QChar ch : text)
                QTest::sendKeyEvent(QTest::Click, box, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        } else {
            QGuiApplication::clipboard()->setText(text);
            QTest::keyClick(box, Qt::Key_V, Qt::ControlModifier);
            EXPECT_EQ(box->text(), text);  // the whole string reached the box, control characters too
        }
        QTest::keyClick(box, Qt::Key_Return);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !window->isBusy(); }, 30000));
        QTest::qWait(30);  // a dialog opened by Enter would be seen by the answerer by now
    }

    void enterEveryHostileString()
    {
        for (const QString &text : hostileSearchStrings()) {
            SCOPED_TRACE(text.left(40).toStdString());
            if (text.size() <= typedLength)
                enter(text);
            enter(text, true);
            EXPECT_TRUE(answerer->messages().isEmpty())
                << answerer->messages().first().title.toStdString() << ": "
                << answerer->messages().first().text.toStdString();
            EXPECT_TRUE(reported.isEmpty()) << reported.join(QLatin1Char('\n')).toStdString();
        }
        window->searchBox()->clear();
        EXPECT_EQ(snapshot(), before);
    }

    std::unique_ptr<DialogAnswerer> answerer;
    std::unique_ptr<GraphStore> reader;
    QStringList reported;
    QList<qint64> before;
};

struct LargeHostileTextFixture : HostileTextFixture
{
    QList<GraphDocument> documents() const override { return {largeGraph()}; }
};

} // namespace

TEST_F(HostileTextFixture, HostileSearchTextIsSearchedAsTextInTheWindowsIndex)
{
    enterEveryHostileString();
    // The box still finds a real name afterwards, typed with a quote around it.
    enter(QStringLiteral("OpenAI\""));
    enter(QStringLiteral("OpenAI"));
    EXPECT_EQ(window->scene()->selectedItems().size(), 1);
}

TEST_F(LargeHostileTextFixture, HostileSearchTextIsSearchedAsTextInTheStore)
{
    // Typing a name not shown fills the completion from the store: the path under test.
    SearchBox *box = window->searchBox();
    box->setFocus();
    for (const QChar ch : QStringLiteral("Person 2099"))
        QTest::sendKeyEvent(QTest::Click, box, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    ASSERT_TRUE(box->suggestions().contains(QStringLiteral("Person 2099")))
        << box->suggestions().join(QLatin1Char('|')).toStdString();
    enterEveryHostileString();
    enter(QStringLiteral("\"星河智能 3"));
    EXPECT_TRUE(answerer->messages().isEmpty());
    EXPECT_TRUE(reported.isEmpty());
}
