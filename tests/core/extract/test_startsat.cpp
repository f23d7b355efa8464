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
