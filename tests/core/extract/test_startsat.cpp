#include "extract/startsat.h"

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

using namespace Guanxi::Internal;

// startsAt answers as text.sliced(pos).startsWith(word) at every position,
// the end of the text and an empty word included.
TEST(StartsAt, AnswersAsStartsWithOfTheSlice)
{
    const QString text = QStringLiteral("极光视觉日前宣布完成融资");
    const QStringList words = {QStringLiteral("日前"), QStringLiteral("宣布"), QStringLiteral("宣布完成"),
                               QStringLiteral("融资"), QStringLiteral("融资了"), QStringLiteral("极"),
                               QStringLiteral("日后"), QString()};
    for (qsizetype pos = 0; pos <= text.size(); ++pos)
        for (const QString &w : words)
            EXPECT_EQ(startsAt(text, pos, w), QStringView(text).sliced(pos).startsWith(w))
                << pos << " " << w.toStdString();
}

// A word running past the end of a shortened view does not match there.
TEST(StartsAt, StopsAtTheEndOfTheView)
{
    const QString text = QStringLiteral("宣布完成融资");
    EXPECT_TRUE(startsAt(text, 2, u"完成融资"));
    EXPECT_FALSE(startsAt(QStringView(text).first(4), 2, u"完成融资"));
    EXPECT_TRUE(startsAt(QStringView(text).first(4), 2, u"完成"));
    EXPECT_FALSE(startsAt(text, text.size(), u"融"));
    EXPECT_TRUE(startsAt(text, text.size(), u""));
}

// endsAt answers as text.first(pos).endsWith(word) at every position.
TEST(EndsAt, AnswersAsEndsWithOfThePrefix)
{
    const QString text = QStringLiteral("初创公司云岫智驾与初创企业");
    const QStringList words = {QStringLiteral("公司"), QStringLiteral("企业"), QStringLiteral("初创公司"),
                               QStringLiteral("司"), QStringLiteral("创企"), QStringLiteral("初"), QString()};
    for (qsizetype pos = 0; pos <= text.size(); ++pos)
        for (const QString &w : words)
            EXPECT_EQ(endsAt(text, pos, w), QStringView(text).first(pos).endsWith(w)) << pos << " " << w.toStdString();
}

// indexOfWord, lastIndexOfWord and containsWord answer as Qt's indexOf, lastIndexOf
// and contains, for every starting position and for words at the edges, repeated or absent.
TEST(StartsAt, WordSearchesAnswerAsQtsSearches)
{
    const QString text = QStringLiteral("融资后宣布完成新一轮融资了");
    const QStringList words = {QStringLiteral("融资"), QStringLiteral("宣布"), QStringLiteral("融资了"),
                               QStringLiteral("了"), QStringLiteral("融"), QStringLiteral("完成新一轮融资了"),
                               QStringLiteral("日后"), QStringLiteral("融资后宣布完成新一轮融资了吗")};
    for (const QString &w : words) {
        EXPECT_EQ(lastIndexOfWord(text, w), QStringView(text).lastIndexOf(w)) << w.toStdString();
        EXPECT_EQ(containsWord(text, w), QStringView(text).contains(w)) << w.toStdString();
        for (qsizetype from = 0; from <= text.size() + 1; ++from)
            EXPECT_EQ(indexOfWord(text, w, from), QStringView(text).indexOf(w, from)) << from << " " << w.toStdString();
    }
}

// A word is not found past the end of a shortened view.
TEST(StartsAt, WordSearchesStopAtTheEndOfTheView)
{
    const QString text = QStringLiteral("宣布完成融资");
    EXPECT_EQ(indexOfWord(QStringView(text).first(5), u"融资"), -1);
    EXPECT_EQ(lastIndexOfWord(QStringView(text).first(5), u"融资"), -1);
    EXPECT_EQ(lastIndexOfWord(text, u"融资"), 4);
}
