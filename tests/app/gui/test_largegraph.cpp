#include "guitestsupport.h"
#include "searchbox.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

// A database above MainWindow::largeGraphEntities, built in memory in a blink:
// 300 companies in a chain (each a subsidiary of the next), 2,700 people each
// working at company i % 300, and people 0–29 also joined company 0, which
// makes it the most connected entity.
constexpr int companies = 300;
constexpr int people = 2700;
constexpr int joinersOfFirst = 30;

QString companyName(int i) { return QStringLiteral("Company %1").arg(i, 4, 10, QLatin1Char('0')); }
QString personName(int i) { return QStringLiteral("Person %1").arg(i, 4, 10, QLatin1Char('0')); }

Relation relation(RelationType type, const QString &source, const QString &target)
{
    Relation r;
    r.type = type;
    r.source = source;
    r.target = target;
    return r;
}

GraphDocument syntheticGraph()
{
    GraphDocument document;
    document.info.name = QStringLiteral("synthetic.json");
    for (int i = 0; i < companies; ++i) {
        Entity company;
        company.key = QStringLiteral("c%1").arg(i);
        company.type = EntityType::Organization;
        company.kind = OrgKind::Company;
        company.name = companyName(i);
        document.entities.append(company);
        if (i + 1 < companies)
            document.relations.append(relation(RelationType::SubsidiaryOf, company.key, QStringLiteral("c%1").arg(i + 1)));
    }
    for (int i = 0; i < people; ++i) {
        Entity person;
        person.key = QStringLiteral("p%1").arg(i);
        person.name = personName(i);
        document.entities.append(person);
        document.relations.append(relation(RelationType::WorksAt, person.key, QStringLiteral("c%1").arg(i % companies)));
        if (i < joinersOfFirst)
            document.relations.append(relation(RelationType::Joined, person.key, QStringLiteral("c0")));
    }
    return document;
}

struct LargeWindow : GoldWindowFixture
{
    QList<GraphDocument> documents() const override { return {syntheticGraph()}; }

    QString storedKey(const QString &name) const
    {
        auto store = GraphStore::open(dbPath, GraphStore::OpenMode::ReadOnly);
        if (!store)
            return {};
        auto entity = (*store)->findEntity(name);
        return entity && *entity ? MainWindow::keyOf((*entity)->id) : QString();
    }

    QSet<QString> shownNames() const
    {
        QSet<QString> names;
        for (const Entity &entity : window->scene()->graph().entities)
            names.insert(entity.name);
        return names;
    }

    bool waitForFocus(const QString &key)
    {
        return QTest::qWaitFor([&] { return window->focusKey() == key && !window->isBusy()
                                            && window->scene()->nodeItem(key); }, 30000);
    }

    QString breadcrumb() const { return window->findChild<QLabel *>(QStringLiteral("breadcrumb"))->text(); }

    // Follows the banner's "show all (slow)" link; returns the question it asks.
    QMessageBox *clickShowAll() const
    {
        Q_EMIT window->findChild<QLabel *>(QStringLiteral("breadcrumb"))->linkActivated(QStringLiteral("all"));
        return window->findChild<QMessageBox *>(QStringLiteral("showAllQuestion"));
    }
};

// The companies a person works at and the people at a company, from the generator's rules.
QSet<QString> neighboursOfCompany(int c)
{
    QSet<QString> names;
    for (int p = c; p < people; p += companies)
        names.insert(personName(p));
    if (c == 0)
        for (int p = 0; p < joinersOfFirst; ++p)
            names.insert(personName(p));
    if (c > 0)
        names.insert(companyName(c - 1));
    if (c + 1 < companies)
        names.insert(companyName(c + 1));
    return names;
}

} // namespace

TEST_F(LargeWindow, OpensOnTheNeighbourhoodOfTheMostConnectedEntity)
{
    EXPECT_TRUE(window->isLargeGraph());
    EXPECT_EQ(window->focusKey(), storedKey(companyName(0)));
    const qsizetype shown = window->scene()->nodeItems().size();
    EXPECT_GT(shown, neighboursOfCompany(0).size());  // depth 2 reaches past the direct neighbours
    EXPECT_LE(shown, MainWindow::startViewEntities);
}

TEST_F(LargeWindow, BannerSaysHowMuchIsShownAndOffersTheWhole)
{
    const QString text = breadcrumb();
    EXPECT_TRUE(text.contains(QStringLiteral("Showing %1 of %2 entities")
                                  .arg(window->scene()->nodeItems().size())
                                  .arg(companies + people)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("show all"))) << text.toStdString();
}

TEST_F(LargeWindow, SearchFindsAnEntityOutsideTheViewAndFocusesThere)
{
    const QString far = personName(1650);  // works at company 150, far down the chain
    ASSERT_FALSE(shownNames().contains(far));
    const QString key = storedKey(far);
    ASSERT_FALSE(key.isEmpty());
    SearchBox *box = window->searchBox();
    box->setText(far);
    QTest::keyClick(box, Qt::Key_Return);
    ASSERT_TRUE(waitForFocus(key));
    EXPECT_EQ(window->scene()->selectedNodeKey(), key);
    EXPECT_TRUE(shownNames().contains(companyName(150)));
}

TEST_F(LargeWindow, SearchSuggestsEntitiesThatAreNotShown)
{
    const QString far = personName(2222);
    ASSERT_FALSE(shownNames().contains(far));
    SearchBox *box = window->searchBox();
    box->setText(far);
    Q_EMIT box->textEdited(far);
    EXPECT_TRUE(box->suggestions().contains(far)) << box->suggestions().join(QLatin1Char('|')).toStdString();
}

TEST_F(LargeWindow, ExpandAddsExactlyTheNeighboursOfTheNode)
{
    // Person 0150 works at company 150 only: its depth-1 view is the two of them.
    const QString person = storedKey(personName(150));
    ASSERT_TRUE(window->focusOn(person, 1));
    ASSERT_TRUE(waitForFocus(person));
    ASSERT_EQ(shownNames(), (QSet<QString>{personName(150), companyName(150)}));

    QSignalSpy shown(window.get(), &MainWindow::graphShown);
    ASSERT_TRUE(window->expandNeighbours(storedKey(companyName(150))));
    ASSERT_TRUE(shown.wait(30000));
    QSet<QString> expected = neighboursOfCompany(150);
    expected.insert(companyName(150));
    EXPECT_EQ(shownNames(), expected);
}

TEST_F(LargeWindow, ExpandShowsTheRelationsAmongEverythingShown)
{
    const QString person = storedKey(personName(150));
    ASSERT_TRUE(window->focusOn(person, 1));
    ASSERT_TRUE(waitForFocus(person));
    QSignalSpy shown(window.get(), &MainWindow::graphShown);
    ASSERT_TRUE(window->expandNeighbours(storedKey(companyName(150))));
    ASSERT_TRUE(shown.wait(30000));
    // Company 150's 9 people and 2 chain links; the people know no one else shown.
    EXPECT_EQ(window->scene()->graph().relations.size(), people / companies + 2);
}

TEST_F(LargeWindow, ReopensOnTheLastFocus)
{
    const QString person = storedKey(personName(777));
    ASSERT_TRUE(window->focusOn(person, 1));
    ASSERT_TRUE(waitForFocus(person));
    window = std::make_unique<MainWindow>();
    window->show();
    ASSERT_TRUE(window->openDatabase(dbPath).has_value());
    ASSERT_TRUE(waitForFocus(person));
    EXPECT_EQ(shownNames(), (QSet<QString>{personName(777), companyName(777 % companies)}));
}

TEST_F(LargeWindow, ShowAllAsksFirstSayingHowManyEntities)
{
    const QString focus = window->focusKey();
    QMessageBox *question = clickShowAll();
    ASSERT_NE(question, nullptr);
    EXPECT_TRUE(question->isVisible());
    EXPECT_TRUE(question->text().contains(QLocale().toString(qint64(companies + people))))
        << question->text().toStdString();
    EXPECT_TRUE(question->text().contains(QStringLiteral("minutes"))) << question->text().toStdString();
    // Nothing is laid out until the user answers.
    EXPECT_EQ(window->focusKey(), focus);
    EXPECT_FALSE(window->isBusy());
}

TEST_F(LargeWindow, ShowAllCancelledKeepsTheNeighbourhood)
{
    const QString focus = window->focusKey();
    QMessageBox *question = clickShowAll();
    ASSERT_NE(question, nullptr);
    question->button(QMessageBox::Cancel)->click();
    EXPECT_EQ(window->focusKey(), focus);
    EXPECT_FALSE(window->isBusy());
}

TEST_F(LargeWindow, ShowAllConfirmedShowsEveryEntity)
{
    QMessageBox *question = clickShowAll();
    ASSERT_NE(question, nullptr);
    question->button(QMessageBox::Yes)->click();
    EXPECT_FALSE(window->isFocused());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->isBusy(); }, 120000));
    EXPECT_EQ(window->scene()->nodeItems().size(), companies + people);
}

TEST_F(LargeWindow, FocusOnANameNotShownUsesTheGivenDepth)
{
    // guanxi --focus "Person 1650" --depth 1: the start view is at depth 2.
    ASSERT_EQ(window->focusDepth(), 2);
    const QString far = personName(1650);
    ASSERT_FALSE(shownNames().contains(far));
    ASSERT_TRUE(window->focusOnName(far, 1));
    const QString key = storedKey(far);
    ASSERT_TRUE(waitForFocus(key));
    EXPECT_EQ(window->focusDepth(), 1);
    EXPECT_EQ(shownNames(), (QSet<QString>{far, companyName(150)}));
    EXPECT_EQ(window->scene()->selectedNodeKey(), key);
}

TEST_F(LargeWindow, StartFocusIsTheOnlyViewLaidOut)
{
    // guanxi --focus "Person 1650" --depth 1 on a large database: no start view around the hub first.
    const QString far = personName(1650);
    const QString key = storedKey(far);
    window = std::make_unique<MainWindow>();
    window->show();
    window->setStartFocus(far, 1);
    QSignalSpy shown(window.get(), &MainWindow::graphShown);
    ASSERT_TRUE(window->openDatabase(dbPath).has_value());
    ASSERT_TRUE(waitForFocus(key));
    EXPECT_EQ(shown.count(), 1);
    EXPECT_EQ(shownNames(), (QSet<QString>{far, companyName(150)}));
    EXPECT_EQ(window->scene()->selectedNodeKey(), key);
    EXPECT_TRUE(window->startFocus().isEmpty());
}

TEST_F(LargeWindow, StartFocusMatchingNothingStaysPendingAndOpensTheStartView)
{
    window = std::make_unique<MainWindow>();
    window->show();
    window->setStartFocus(QStringLiteral("Nobody Of That Name"), 1);
    ASSERT_TRUE(window->openDatabase(dbPath).has_value());
    ASSERT_TRUE(waitForFocus(storedKey(companyName(0))));
    EXPECT_EQ(window->startFocus(), QStringLiteral("Nobody Of That Name"));
}

TEST_F(GoldWindowFixture, ImportPastTheThresholdSwitchesToANeighbourhood)
{
    ASSERT_FALSE(window->isLargeGraph());
    const QString file = dir.filePath(QStringLiteral("synthetic.json"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(GraphJson::write(syntheticGraph()));
    }
    QSignalSpy imported(window.get(), &MainWindow::importFinished);
    window->importFiles({file}, QDate(2024, 8, 11));
    ASSERT_TRUE(imported.wait(120000));
    ASSERT_TRUE(imported.first().first().toBool());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->isBusy(); }, 60000));
    EXPECT_TRUE(window->isLargeGraph());
    EXPECT_TRUE(window->isFocused());
    EXPECT_LE(window->scene()->nodeItems().size(), MainWindow::startViewEntities);
}

TEST_F(GoldWindowFixture, SmallDatabaseOpensOnTheWholeGraph)
{
    EXPECT_FALSE(window->isLargeGraph());
    EXPECT_FALSE(window->isFocused());
    auto store = GraphStore::open(dbPath, GraphStore::OpenMode::ReadOnly);
    ASSERT_TRUE(store);
    EXPECT_EQ(window->scene()->nodeItems().size(), (*store)->stats()->entities);
}

TEST(SearchBox, LookupAddsMatchesAfterTheShownOnes)
{
    ensureApplication();
    SearchBox box;
    Entity shown;
    shown.key = QStringLiteral("e1");
    shown.name = QStringLiteral("Ada Lovelace");
    box.setEntities({shown});
    box.setLookup([](const QString &, int) {
        return QList<SearchIndex::Match>{{QStringLiteral("e1"), QStringLiteral("Ada Lovelace"), QStringLiteral("Ada Lovelace"), 3.0},
                                         {QStringLiteral("e2"), QStringLiteral("Ada Byron"), QStringLiteral("Ada Byron"), 2.0}};
    });
    Q_EMIT box.textEdited(QStringLiteral("Ada"));
    EXPECT_EQ(box.suggestions(), (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Ada Byron")}));
}
