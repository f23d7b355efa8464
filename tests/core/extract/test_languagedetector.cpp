#include "extract/languagedetector.h"

#include <gtest/gtest.h>

using namespace Guanxi::Internal;

TEST(LanguageDetector, ChineseSentenceFullOfLatinNamesIsChinese)
{
    EXPECT_EQ(LanguageDetector::detect(u"Anthropic发布了Claude 3.5 Sonnet，Google发布了Gemini 2.0 Flash。"),
              QStringLiteral("zh"));
}

TEST(LanguageDetector, ChineseSentenceWithOneShortVerbAmongLatinNamesIsChinese)
{
    EXPECT_EQ(LanguageDetector::detect(u"Mistral AI推出Le Chat Enterprise"), QStringLiteral("zh"));
}

TEST(LanguageDetector, ChineseSentenceWithBracketedEnglishGlossIsChinese)
{
    EXPECT_EQ(LanguageDetector::detect(u"月之暗面（Moonshot AI, a Beijing large model startup）获得融资"),
              QStringLiteral("zh"));
}

TEST(LanguageDetector, EnglishSentenceIsEnglish)
{
    EXPECT_EQ(LanguageDetector::detect(u"OpenAI released GPT-4o in May."), QStringLiteral("en"));
}

TEST(LanguageDetector, EnglishSentenceWithBracketedHanGlossIsEnglish)
{
    EXPECT_EQ(LanguageDetector::detect(u"Moonshot AI (北京月之暗面科技有限公司) raised $1 billion from Alibaba."),
              QStringLiteral("en"));
}

TEST(LanguageDetector, EnglishSentenceWithAHanNameIsEnglish)
{
    EXPECT_EQ(LanguageDetector::detect(u"Investors in 月之暗面 include Alibaba, Tencent and HongShan, people familiar said."),
              QStringLiteral("en"));
}

TEST(LanguageDetector, OnlyABracketedTextIsReadWhole)
{
    EXPECT_EQ(LanguageDetector::detect(u"(Reporting by Jane Doe; editing by John Smith)"), QStringLiteral("en"));
}

TEST(LanguageDetector, EnglishHeadlineInTitleCaseIsEnglish)
{
    EXPECT_EQ(LanguageDetector::detect(u"OpenAI Unveils GPT-5 With Stronger Reasoning"), QStringLiteral("en"));
}

TEST(LanguageDetector, TextWithoutLettersIsChinese)
{
    EXPECT_EQ(LanguageDetector::detect(u"2024-08-11 12:00"), QStringLiteral("zh"));
}
