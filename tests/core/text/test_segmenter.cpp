#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <QStringList>

using namespace Guanxi;

namespace {

QStringList words(const Segmenter &segmenter, const QString &text)
{
    QStringList out;
    for (const TextSpan &s : segmenter.segment(text))
        out.append(text.mid(s.start, s.length()));
    return out;
}

QStringList split(const char16_t *joined)
{
    return QString::fromUtf16(joined).split(u'|');
}

} // namespace

TEST(Segmenter, PicksTheMostProbableRoute)
{
    // 研究生命 is 研究/生命 (higher product) rather than 研究生/命.
    const WordDictionary dict = WordDictionary::fromText(u"研究 1000 v\n研究生 100 n\n生命 1000 n\n命 10 n\n起源 500 n\n");
    const Segmenter segmenter(dict);
    EXPECT_EQ(words(segmenter, QString::fromUtf16(u"研究生命起源")), split(u"研究|生命|起源"));
}

TEST(Segmenter, UnknownCharactersAreSingleTokens)
{
    const WordDictionary dict = WordDictionary::fromText(u"北京 100 ns\n");
    const Segmenter segmenter(dict);
    EXPECT_EQ(words(segmenter, QString::fromUtf16(u"去北京玩")), split(u"去|北京|玩"));
}

TEST(Segmenter, LatinLettersAndDigitsStayTogether)
{
    const WordDictionary dict = WordDictionary::fromText(u"公司 100 n\n");
    const Segmenter segmenter(dict);
    EXPECT_EQ(words(segmenter, QString::fromUtf16(u"OpenAI公司2025年")), split(u"OpenAI|公司|2025|年"));
}

TEST(Segmenter, PunctuationIsOneTokenAndSpaceIsDropped)
{
    const WordDictionary dict = WordDictionary::fromText(u"你好 100 l\n");
    const Segmenter segmenter(dict);
    const QString text = QString::fromUtf16(u"你好， 你好！ “你好”");
    const QList<TextSpan> spans = segmenter.segment(text);
    EXPECT_EQ(words(segmenter, text), split(u"你好|，|你好|！|“|你好|”"));
    EXPECT_EQ(spans[2], (TextSpan{4, 6}));
}

TEST(Segmenter, EmptyDictionaryGivesCharacters)
{
    const WordDictionary dict;
    const Segmenter segmenter(dict);
    EXPECT_EQ(words(segmenter, QString::fromUtf16(u"马斯克")), split(u"马|斯|克"));
    EXPECT_TRUE(segmenter.segment(u"").isEmpty());
}

TEST(Segmenter, SurrogatePairIsOneToken)
{
    const WordDictionary dict;
    const Segmenter segmenter(dict);
    const QString text = QString::fromUtf8("𠀀好");
    EXPECT_EQ(segmenter.segment(text), (QList<TextSpan>{{0, 2}, {2, 3}}));
}

TEST(Segmenter, MatchesJiebaWithoutHmmOnTheStandardDictionary)
{
    const WordDictionary &dict = WordDictionary::standard();
    if (dict.isEmpty())
        GTEST_SKIP() << WordDictionary::standardLoadError().toStdString();
    const Segmenter segmenter(dict);
    // Expected output from python3-jieba's jieba.cut(s, HMM=False).
    EXPECT_EQ(words(segmenter, QString::fromUtf16(u"马斯克本周对OpenAI提起诉讼，称其背离了非营利使命。")),
              split(u"马斯克|本周|对|OpenAI|提起|诉讼|，|称|其|背离|了|非营利|使命|。"));
    EXPECT_EQ(words(segmenter, QString::fromUtf16(u"奥特曼于2023年11月被董事会解雇，随后重返公司。")),
              split(u"奥特曼|于|2023|年|11|月|被|董事会|解雇|，|随后|重返|公司|。"));
    EXPECT_EQ(words(segmenter, QString::fromUtf16(u"华尔街见闻报道，微软是OpenAI的最大投资者。")),
              split(u"华尔街|见闻|报道|，|微软|是|OpenAI|的|最大|投资者|。"));
    EXPECT_EQ(words(segmenter, QString::fromUtf16(u"他们在北京大学读书。")), split(u"他们|在|北京大学|读书|。"));
}
