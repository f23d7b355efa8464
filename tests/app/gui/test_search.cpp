#include "guitestsupport.h"
#include "searchbox.h"
#include "searchindex.h"

#include <QAbstractItemView>
#include <QCompleter>

using namespace Guanxi;
using namespace Guanxi::Test;

namespace {

Entity person(const QString &key, const QString &name, const QStringList &aliases)
{
    Entity entity;
    entity.key = key;
    entity.name = name;
    entity.aliases = aliases;
    return entity;
}

SearchIndex muskAndAltman()
{
    SearchIndex index;
    index.addEntity(person(QStringLiteral("musk"), QStringLiteral("Elon Musk"), {QStringLiteral("马斯克")}));
    index.addEntity(person(QStringLiteral("altman"), QStringLiteral("Sam Altman"), {QStringLiteral("奥特曼")}));
    return index;
}

struct SearchWindow : GoldWindowFixture
{
    QString typeAndEnter(const QString &text)
    {
        window->scene()->clearSelection();
        SearchBox *box = window->searchBox();
        box->clear();
        box->setText(text);  // QTest::keyClicks types ASCII only
        QTest::keyClick(box, Qt::Key_Return);
        return window->scene()->selectedNodeKey();
    }
};

} // namespace

TEST(SearchIndex, FindsAChineseNameByItsPinyin)
{
    EXPECT_EQ(muskAndAltman().bestKey(QStringLiteral("masike")), QStringLiteral("musk"));
    EXPECT_EQ(muskAndAltman().bestKey(QStringLiteral("aoteman")), QStringLiteral("altman"));
}

TEST(SearchIndex, FindsAChineseNameByPinyinPrefixIgnoringCaseAndSpaces)
{
    EXPECT_EQ(muskAndAltman().bestKey(QStringLiteral("Ma Si")), QStringLiteral("musk"));
}

TEST(SearchIndex, FindsAChineseNameByItsInitials)
{
    EXPECT_EQ(muskAndAltman().bestKey(QStringLiteral("msk")), QStringLiteral("musk"));
}

TEST(SearchIndex, TraditionalCharactersFindTheSimplifiedName)
{
    EXPECT_EQ(muskAndAltman().bestKey(QStringLiteral("馬斯克")), QStringLiteral("musk"));
    EXPECT_EQ(muskAndAltman().bestKey(QStringLiteral("奧特曼")), QStringLiteral("altman"));
}

TEST(SearchIndex, AnExactNameRanksAboveASubstring)
{
    SearchIndex index = muskAndAltman();
    index.addEntity(person(QStringLiteral("suit"), QStringLiteral("Musk v. Altman"), {QStringLiteral("马斯克诉奥特曼案")}));
    const QList<SearchIndex::Match> matches = index.find(QStringLiteral("马斯克"));
    ASSERT_EQ(matches.size(), 2);
    EXPECT_EQ(matches[0].key, QStringLiteral("musk"));
    EXPECT_EQ(matches[1].key, QStringLiteral("suit"));
}

TEST(SearchIndex, UnrelatedTextFindsNothing)
{
    EXPECT_TRUE(muskAndAltman().find(QStringLiteral("zuckerberg")).isEmpty());
    EXPECT_TRUE(muskAndAltman().find(QStringLiteral("  ")).isEmpty());
}

TEST(SearchBox, TypingPinyinOffersTheChineseNameWithItsEntity)
{
    ensureApplication();
    SearchBox box;
    box.setEntities({person(QStringLiteral("musk"), QStringLiteral("Elon Musk"), {QStringLiteral("马斯克")})});
    box.show();
    QTest::keyClicks(&box, QStringLiteral("masike"));
    const QStringList suggestions = box.suggestions();
    ASSERT_EQ(suggestions.size(), 1);
    EXPECT_EQ(suggestions.first(), QStringLiteral("Elon Musk — 马斯克"));
}

TEST_F(SearchWindow, PinyinEnglishAndTraditionalSelectTheSameNode)
{
    const QString musk = keyOfName(QStringLiteral("Elon Musk"));
    ASSERT_FALSE(musk.isEmpty());
    EXPECT_EQ(typeAndEnter(QStringLiteral("masike")), musk);
    EXPECT_EQ(typeAndEnter(QStringLiteral("Musk")), musk);
    EXPECT_EQ(typeAndEnter(QStringLiteral("馬斯克")), musk);
}

TEST_F(SearchWindow, AotemanSelectsAltman)
{
    EXPECT_EQ(typeAndEnter(QStringLiteral("aoteman")), keyOfName(QStringLiteral("Sam Altman")));
}

TEST_F(SearchWindow, ChoosingASuggestionSelectsItsEntity)
{
    window->scene()->clearSelection();
    SearchBox *box = window->searchBox();
    box->setFocus();
    box->clear();
    QTest::keyClicks(box, QStringLiteral("aoteman"));
    QCompleter *completer = box->findChild<QCompleter *>();
    ASSERT_NE(completer, nullptr);
    ASSERT_GT(completer->completionModel()->rowCount(), 0);
    Q_EMIT completer->activated(completer->completionModel()->index(0, 0));
    EXPECT_EQ(window->scene()->selectedNodeKey(), keyOfName(QStringLiteral("Sam Altman")));
    EXPECT_EQ(box->text(), QStringLiteral("Sam Altman"));
}
