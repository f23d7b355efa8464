#include "common/namekey.h"

#include <gtest/gtest.h>

using namespace Guanxi;

TEST(NameKey, FoldsWidthCaseSpacesAndMiddleDots)
{
    EXPECT_EQ(nameKey(u"Elon Musk"), nameKey(u"ＥＬＯＮ　musk"));
    EXPECT_EQ(nameKey(u"格雷格·布罗克曼"), QStringLiteral("格雷格布罗克曼"));
    EXPECT_EQ(nameKey(u"Safe Superintelligence Inc"), QStringLiteral("safesuperintelligenceinc"));
}

TEST(NameKey, KeepsDifferentNamesApart)
{
    EXPECT_NE(nameKey(u"OpenAI"), nameKey(u"OpenAI LP"));
    EXPECT_NE(nameKey(u"马斯克"), nameKey(u"Musk"));
}

namespace {

// The rule as written down (score.py's), without any shortcut.
QString fullRule(const QString &name)
{
    QString key;
    for (const QChar c : name.normalized(QString::NormalizationForm_KC).toCaseFolded())
        if (!c.isSpace() && c != QChar(0x00B7) && c != QChar(0x2022) && c != QChar(0x2027) && c != QChar(0x30FB))
            key.append(c);
    return key;
}

} // namespace

// ASCII and CJK names take a shortcut past normalisation: it must give the
// full rule's key for every such character, alone and inside a name.
TEST(NameKey, PlainNamesKeyAsTheFullRule)
{
    for (char16_t u = 0; u < 0x80; ++u) {
        const QString one(QChar{u});
        ASSERT_EQ(nameKey(one), fullRule(one)) << int(u);
        const QString inside = QStringLiteral("Ab") + one + QStringLiteral("字Z");
        ASSERT_EQ(nameKey(inside), fullRule(inside)) << int(u);
    }
    for (char16_t u = 0x4E00; u <= 0x9FFF; ++u) {
        const QString inside = QStringLiteral("Q ") + QChar{u} + QStringLiteral("\t智");
        ASSERT_EQ(nameKey(inside), fullRule(inside)) << int(u);
    }
    EXPECT_EQ(nameKey(u"Moonshot AI"), QStringLiteral("moonshotai"));
    EXPECT_EQ(nameKey(u"月之暗面 Kimi"), QStringLiteral("月之暗面kimi"));
}
