#include "articleview.h"
#include "documentsdock.h"
#include "guitestsupport.h"
#include "inspectordock.h"

#include <QListWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

Entity entity(const QString &key, EntityType type, const QString &name, const QStringList &aliases = {})
{
    Entity e;
    e.key = key;
    e.type = type;
    e.name = name;
    e.aliases = aliases;
    return e;
}

Evidence sentenceOf(const QString &text, const QString &sentence)
{
    Evidence e;
    e.sentence = sentence;
    e.start = text.indexOf(sentence);
    e.end = e.start + sentence.size();
    return e;
}

Relation relation(RelationType type, const QString &source, const QString &target, const QString &time,
                  const Evidence &evidence)
{
    Relation r;
    r.type = type;
    r.source = source;
    r.target = target;
    if (!time.isEmpty())
        r.time = *TimePoint::parse(time);
    r.evidence = {evidence};
    return r;
}

const QString leftSentence = QStringLiteral("OpenAI联合创始人苏茨克维于2024年5月离开OpenAI。");
const QString foundedSentence = QStringLiteral("他随后创立了Safe Superintelligence Inc。");

GraphDocument departureArticle()
{
    GraphDocument doc;
    doc.info.name = QStringLiteral("departure.txt");
    doc.info.title = QStringLiteral("苏茨克维离开OpenAI");
    doc.info.source = QStringLiteral("华尔街见闻");
    doc.info.published = QDate(2024, 6, 20);
    doc.info.text = leftSentence + QLatin1Char('\n') + foundedSentence;
    doc.entities = {entity(QStringLiteral("p"), EntityType::Person, QStringLiteral("Ilya Sutskever"), {QStringLiteral("苏茨克维")}),
                    entity(QStringLiteral("o"), EntityType::Organization, QStringLiteral("OpenAI")),
                    entity(QStringLiteral("s"), EntityType::Organization, QStringLiteral("Safe Superintelligence Inc"))};
    doc.relations = {relation(RelationType::Left, QStringLiteral("p"), QStringLiteral("o"), QStringLiteral("2024-05"),
                              sentenceOf(doc.info.text, leftSentence)),
                     relation(RelationType::Founded, QStringLiteral("p"), QStringLiteral("s"), QStringLiteral("2024-06"),
                              sentenceOf(doc.info.text, foundedSentence))};
    return doc;
}

GraphDocument investmentArticle()
{
    GraphDocument doc;
    doc.info.name = QStringLiteral("investment.txt");
    doc.info.title = QStringLiteral("Microsoft invests in OpenAI");
    doc.info.published = QDate(2023, 1, 23);
    doc.info.text = QStringLiteral("Microsoft invested $10 billion in OpenAI.");
    doc.entities = {entity(QStringLiteral("m"), EntityType::Organization, QStringLiteral("Microsoft")),
                    entity(QStringLiteral("o"), EntityType::Organization, QStringLiteral("OpenAI"))};
    doc.relations = {relation(RelationType::InvestedIn, QStringLiteral("m"), QStringLiteral("o"), QStringLiteral("2023-01"),
                              sentenceOf(doc.info.text, doc.info.text))};
    return doc;
}

struct DocumentsWindow : GoldWindowFixture
{
    QList<GraphDocument> documents() const override { return {departureArticle(), investmentArticle()}; }

    DocumentsDock *dock() const { return window->documentsDock(); }

    DocumentId idOf(const QString &name) const
    {
        for (const DocumentInfo &info : dock()->documents())
            if (info.name == name)
                return info.id;
        return {};
    }

    QTreeWidgetItem *rowOf(const QString &title) const
    {
        const auto items = dock()->list()->findItems(title, Qt::MatchExactly, 0);
        return items.isEmpty() ? nullptr : items.first();
    }
};

} // namespace

TEST(ArticleView, FindsEveryNameOfAnEntityPreferringTheLongest)
{
    const QString text = QStringLiteral("埃隆·马斯克说，马斯克和Musk是同一个人。");
    const QList<ArticleView::Mention> mentions = ArticleView::findMentions(
        text, {entity(QStringLiteral("musk"), EntityType::Person, QStringLiteral("Elon Musk"),
                      {QStringLiteral("埃隆·马斯克"), QStringLiteral("马斯克"), QStringLiteral("Musk")})});
    ASSERT_EQ(mentions.size(), 3);
    EXPECT_EQ(text.mid(mentions[0].start, mentions[0].length), QStringLiteral("埃隆·马斯克"));
    EXPECT_EQ(text.mid(mentions[1].start, mentions[1].length), QStringLiteral("马斯克"));
    EXPECT_EQ(text.mid(mentions[2].start, mentions[2].length), QStringLiteral("Musk"));
    EXPECT_EQ(mentions[2].key, QStringLiteral("musk"));
}

TEST(ArticleView, LatinNamesMatchWholeWordsOnly)
{
    const QList<ArticleView::Mention> mentions = ArticleView::findMentions(
        QStringLiteral("Metadata is not Meta."), {entity(QStringLiteral("meta"), EntityType::Organization, QStringLiteral("Meta"))});
    ASSERT_EQ(mentions.size(), 1);
    EXPECT_EQ(mentions.first().start, 16);
}

TEST(ArticleView, TraditionalCharactersInTheTextMatchSimplifiedNames)
{
    const QList<ArticleView::Mention> mentions = ArticleView::findMentions(
        QStringLiteral("馬斯克起訴奧特曼"), {entity(QStringLiteral("musk"), EntityType::Person, QStringLiteral("马斯克"))});
    ASSERT_EQ(mentions.size(), 1);
    EXPECT_EQ(mentions.first().start, 0);
    EXPECT_EQ(mentions.first().length, 3);
}

TEST(ArticleView, ShowsASpanOfTheTextByItsOffsets)
{
    ensureApplication();
    ArticleView view;
    const QString text = departureArticle().info.text;
    view.setArticle(text, {});
    const Evidence evidence = sentenceOf(text, foundedSentence);
    ASSERT_TRUE(view.showSpan(evidence.start, evidence.end));
    EXPECT_EQ(view.shownSpanText(), foundedSentence);
    EXPECT_FALSE(view.showSpan(0, text.size() + 5));
}

TEST_F(DocumentsWindow, ListsEveryArticleWithSourceDateAndCounts)
{
    ASSERT_EQ(dock()->list()->topLevelItemCount(), 2);
    QTreeWidgetItem *row = rowOf(QStringLiteral("苏茨克维离开OpenAI"));
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->text(1), QStringLiteral("华尔街见闻"));
    EXPECT_EQ(row->text(2), QStringLiteral("2024-06-20"));
    EXPECT_EQ(row->text(3), QStringLiteral("3"));
    EXPECT_EQ(row->text(4), QStringLiteral("2"));
}

TEST_F(DocumentsWindow, OpeningAnArticleShowsItsTextWithItsEntitiesLinked)
{
    QTreeWidgetItem *row = rowOf(QStringLiteral("苏茨克维离开OpenAI"));
    ASSERT_NE(row, nullptr);
    Q_EMIT dock()->list()->itemActivated(row, 0);
    EXPECT_EQ(dock()->openedDocument(), idOf(QStringLiteral("departure.txt")));
    EXPECT_EQ(dock()->article()->toPlainText(), departureArticle().info.text);
    QStringList linked;
    for (const ArticleView::Mention &mention : dock()->article()->mentions())
        linked.append(departureArticle().info.text.mid(mention.start, mention.length));
    EXPECT_EQ(linked, (QStringList{QStringLiteral("OpenAI"), QStringLiteral("苏茨克维"), QStringLiteral("OpenAI"),
                                   QStringLiteral("Safe Superintelligence Inc")}));
}

TEST_F(DocumentsWindow, OpeningAnArticleHighlightsTheSubgraphItContributed)
{
    ASSERT_TRUE(dock()->openDocument(idOf(QStringLiteral("departure.txt"))));
    EXPECT_TRUE(window->scene()->nodeItem(keyOfName(QStringLiteral("Ilya Sutskever")))->isHighlighted());
    EXPECT_TRUE(window->scene()->nodeItem(keyOfName(QStringLiteral("OpenAI")))->isHighlighted());
    EXPECT_FALSE(window->scene()->nodeItem(keyOfName(QStringLiteral("Microsoft")))->isHighlighted());
    EXPECT_TRUE(window->scene()->batch().isDimmed());  // far out, the rest is dimmed as well
    for (EdgeItem *edge : window->scene()->edgeItems()) {
        const Relation *r = window->scene()->relation(edge->id());
        ASSERT_NE(r, nullptr);
        EXPECT_EQ(edge->isHighlighted(), r->type != RelationType::InvestedIn) << toString(r->type).toStdString();
    }
}

TEST_F(DocumentsWindow, ClickingANameInTheArticleSelectsItsEntity)
{
    ASSERT_TRUE(dock()->openDocument(idOf(QStringLiteral("departure.txt"))));
    ArticleView *article = dock()->article();
    const ArticleView::Mention mention = article->mentions().at(1);  // 苏茨克维
    QTextCursor cursor(article->document());
    cursor.setPosition(int(mention.start + 1));
    const QPoint inside = article->cursorRect(cursor).center();
    QTest::mouseClick(article->viewport(), Qt::LeftButton, {}, inside);
    EXPECT_EQ(window->scene()->selectedNodeKey(), keyOfName(QStringLiteral("Ilya Sutskever")));
}

TEST_F(DocumentsWindow, ClickingAHistoryEntryShowsItsSentenceInTheArticle)
{
    ASSERT_TRUE(window->searchAndSelect(QStringLiteral("Ilya Sutskever")));
    const QList<HistoryEntry> &history = window->inspector()->history();
    const auto left = std::find_if(history.begin(), history.end(),
                                   [](const HistoryEntry &e) { return e.relation.type == RelationType::Left; });
    ASSERT_NE(left, history.end());
    window->inspector()->timeline()->setCurrentRow(int(left - history.begin()));
    EXPECT_EQ(dock()->openedDocument(), idOf(QStringLiteral("departure.txt")));
    EXPECT_EQ(dock()->article()->shownSpanText(), leftSentence);
    EdgeItem *edge = window->scene()->edgeItem(window->scene()->edgeIdFor(left->relation));
    ASSERT_NE(edge, nullptr);
    EXPECT_TRUE(edge->isHighlighted());
}

TEST_F(DocumentsWindow, ClickingAnEvidenceSentenceShowsItInTheArticle)
{
    QString investment;
    for (EdgeItem *edge : window->scene()->edgeItems())
        if (window->scene()->relation(edge->id())->type == RelationType::InvestedIn)
            investment = edge->id();
    ASSERT_FALSE(investment.isEmpty());
    window->scene()->selectEdge(investment);
    ASSERT_EQ(window->inspector()->linkedEvidence().size(), 1);
    auto *details = window->inspector()->findChild<QTextBrowser *>();
    ASSERT_NE(details, nullptr);
    Q_EMIT details->anchorClicked(QUrl(QStringLiteral("evidence:0")));
    EXPECT_EQ(dock()->openedDocument(), idOf(QStringLiteral("investment.txt")));
    EXPECT_EQ(dock()->article()->shownSpanText(), investmentArticle().info.text);
}
