#include "text/sentencesplitter.h"

#include <gtest/gtest.h>

#include <QStringList>

using namespace Guanxi;

namespace {

QStringList sentences(const QString &text)
{
    QStringList out;
    for (const TextSpan &s : SentenceSplitter::split(text))
        out.append(text.mid(s.start, s.length()));
    return out;
}

QStringList sentences(const char16_t *text)
{
    return sentences(QString::fromUtf16(text));
}

} // namespace

TEST(SentenceSplitter, SplitsOnChineseEndPunctuation)
{
    EXPECT_EQ(sentences(u"他来了。她走了！谁知道？还有；最后"),
              (QStringList{QStringLiteral("他来了。"), QString::fromUtf16(u"她走了！"), QString::fromUtf16(u"谁知道？"),
                           QString::fromUtf16(u"还有；"), QString::fromUtf16(u"最后")}));
}

TEST(SentenceSplitter, SplitsOnWesternEndPunctuation)
{
    EXPECT_EQ(sentences(u"He left! Did she? Yes; she did. Done"),
              (QStringList{QStringLiteral("He left!"), QStringLiteral("Did she?"), QStringLiteral("Yes;"),
                           QStringLiteral("she did."), QStringLiteral("Done")}));
}

TEST(SentenceSplitter, ClosingQuoteStaysWithTheSentence)
{
    const QStringList s = sentences(u"称“这是9年前共同创建OpenAI后的第一次放松。”");
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(s[0], QString::fromUtf16(u"称“这是9年前共同创建OpenAI后的第一次放松。”"));
}

TEST(SentenceSplitter, ClosingBracketsAfterTheEndMarkStay)
{
    EXPECT_EQ(sentences(u"「好吧。」『行！』（完。）下一句"),
              (QStringList{QString::fromUtf16(u"「好吧。」"), QString::fromUtf16(u"『行！』"),
                           QString::fromUtf16(u"（完。）"), QString::fromUtf16(u"下一句")}));
}

TEST(SentenceSplitter, AsciiClosingQuoteStays)
{
    EXPECT_EQ(sentences(u"He said \"no.\" Then he left."),
              (QStringList{QStringLiteral("He said \"no.\""), QStringLiteral("Then he left.")}));
}

TEST(SentenceSplitter, LineBreaksAlwaysEndASentence)
{
    EXPECT_EQ(sentences(u"标题没有句号\n正文第一句\r\n第二行"),
              (QStringList{QString::fromUtf16(u"标题没有句号"), QString::fromUtf16(u"正文第一句"),
                           QString::fromUtf16(u"第二行")}));
}

TEST(SentenceSplitter, DotInsideANumberDoesNotSplit)
{
    EXPECT_EQ(sentences(u"Revenue rose 3.5 percent to $1.2 billion. Next"),
              (QStringList{QStringLiteral("Revenue rose 3.5 percent to $1.2 billion."), QStringLiteral("Next")}));
}

TEST(SentenceSplitter, AbbreviationsDoNotSplit)
{
    EXPECT_EQ(sentences(u"Mr. Altman joined OpenAI Inc. in the U.S. last year. He stayed."),
              (QStringList{QStringLiteral("Mr. Altman joined OpenAI Inc. in the U.S. last year."),
                           QStringLiteral("He stayed.")}));
}

TEST(SentenceSplitter, ASingaporeanLegalFormDoesNotSplit)
{
    EXPECT_EQ(sentences(u"公司设立了Xishu AI Pte. Ltd.，负责销售。"),
              (QStringList{QString::fromUtf16(u"公司设立了Xishu AI Pte. Ltd.，负责销售。")}));
}

TEST(SentenceSplitter, ACaseCaptionIsOneSentence)
{
    EXPECT_EQ(sentences(u"The case is Corvane Semiconductor Inc. v. Haldane, No. 5:26-cv-03317. It goes on."),
              (QStringList{QStringLiteral("The case is Corvane Semiconductor Inc. v. Haldane, No. 5:26-cv-03317."),
                           QStringLiteral("It goes on.")}));
}

TEST(SentenceSplitter, InitialsDoNotSplit)
{
    EXPECT_EQ(sentences(u"J. R. R. Tolkien wrote it. End"),
              (QStringList{QStringLiteral("J. R. R. Tolkien wrote it."), QStringLiteral("End")}));
}

TEST(SentenceSplitter, DotBeforeCjkDoesNotSplit)
{
    EXPECT_EQ(sentences(u"OpenAI Inc.宣布了。"), (QStringList{QString::fromUtf16(u"OpenAI Inc.宣布了。")}));
}

TEST(SentenceSplitter, EllipsisEndsASentenceAsOne)
{
    EXPECT_EQ(sentences(u"他沉默了……然后说话了。"),
              (QStringList{QString::fromUtf16(u"他沉默了……"), QString::fromUtf16(u"然后说话了。")}));
    EXPECT_EQ(sentences(u"Wait... what?"), (QStringList{QStringLiteral("Wait..."), QStringLiteral("what?")}));
}

TEST(SentenceSplitter, RepeatedMarksStayTogether)
{
    EXPECT_EQ(sentences(u"真的吗？！是的。"),
              (QStringList{QString::fromUtf16(u"真的吗？！"), QString::fromUtf16(u"是的。")}));
}

TEST(SentenceSplitter, SpansExcludeSurroundingWhiteSpace)
{
    const QString text = QString::fromUtf16(u"  \u3000第一句。   第二句。 \n ");
    const QList<TextSpan> spans = SentenceSplitter::split(text);
    ASSERT_EQ(spans.size(), 2);
    EXPECT_EQ(spans[0], (TextSpan{3, 7}));
    EXPECT_EQ(text.mid(spans[1].start, spans[1].length()), QString::fromUtf16(u"第二句。"));
}

TEST(SentenceSplitter, EmptySentencesAreDropped)
{
    EXPECT_TRUE(SentenceSplitter::split(u"").isEmpty());
    EXPECT_TRUE(SentenceSplitter::split(u" \n\n \r\n\t").isEmpty());
    EXPECT_EQ(sentences(u"。\n\n好。"), (QStringList{QString::fromUtf16(u"。"), QString::fromUtf16(u"好。")}));
}

TEST(SentenceSplitter, LongRunIsCutAtACommaWithinTheBound)
{
    QString text;
    while (text.size() < 5000)
        text += QString::fromUtf16(u"这是一段没有句号的很长的文字，");
    const QList<TextSpan> spans = SentenceSplitter::split(text);
    ASSERT_GE(spans.size(), 3);
    qsizetype covered = 0;
    for (const TextSpan &s : spans) {
        EXPECT_LE(s.length(), SentenceSplitter::MaxSentenceLength);
        EXPECT_EQ(text[s.end - 1], QChar(u'，'));
        covered += s.length();
    }
    EXPECT_EQ(covered, text.size());
}

TEST(SentenceSplitter, LongRunWithoutCommaIsCutAtTheBound)
{
    const QString text(4500, QChar(u'字'));
    const QList<TextSpan> spans = SentenceSplitter::split(text);
    ASSERT_EQ(spans.size(), 3);
    EXPECT_EQ(spans[0], (TextSpan{0, SentenceSplitter::MaxSentenceLength}));
    EXPECT_EQ(spans[2].end, text.size());
}

TEST(SentenceSplitter, SurrogatePairIsNotCutInTwo)
{
    QString text(SentenceSplitter::MaxSentenceLength - 1, QChar(u'字'));
    text += QString::fromUtf8("𠀀𠀀");
    const QList<TextSpan> spans = SentenceSplitter::split(text);
    for (const TextSpan &s : spans)
        EXPECT_FALSE(text[s.end - 1].isHighSurrogate());
}

TEST(SentenceSplitter, NumberAbbreviationOnlyBeforeANumber)
{
    EXPECT_EQ(sentences(u"He ranked No. 3 in the list. She said no. Then left."),
              (QStringList{QStringLiteral("He ranked No. 3 in the list."), QStringLiteral("She said no."),
                           QStringLiteral("Then left.")}));
}

TEST(SentenceSplitter, SpansAreOrderedTrimmedAndBoundedOnRandomText)
{
    // Text made of the characters the splitter cares about, in random order.
    const QString alphabet = QString::fromUtf16(u"字a. 。！？!?；;…”」』）\"'\n\r\u3000,，1U.S");
    quint32 seed = 12345;
    for (int round = 0; round < 200; ++round) {
        QString text;
        const int length = int(seed % 3000);
        for (int i = 0; i < length; ++i) {
            seed = seed * 1664525u + 1013904223u;
            text.append(alphabet[qsizetype(seed >> 16) % alphabet.size()]);
        }
        qsizetype previousEnd = 0;
        for (const TextSpan &s : SentenceSplitter::split(text)) {
            ASSERT_GE(s.start, previousEnd);
            ASSERT_GT(s.end, s.start);
            ASSERT_LE(s.end, text.size());
            ASSERT_LE(s.length(), SentenceSplitter::MaxSentenceLength);
            ASSERT_FALSE(text[s.start].isSpace());
            ASSERT_FALSE(text[s.end - 1].isSpace());
            ASSERT_FALSE(text.mid(s.start, s.length()).contains(u'\n'));
            previousEnd = s.end;
        }
    }
}
