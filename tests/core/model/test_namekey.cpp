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
