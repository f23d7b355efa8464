#include "text/pagecleaner.h"

#include <gtest/gtest.h>

#include <QStringList>

using namespace Guanxi;

namespace {

QStringList noiseLines(const QString &text, const PageInfo &info)
{
    QStringList out;
    for (const TextSpan &s : info.noise)
        out.append(text.mid(s.start, s.length()));
    return out;
}

// A made-up scraped page in the shape of a Chinese financial news site.
const char16_t s_page[] =
    u"某科技公司创始人宣布休假一个月\n"
    u"2024年8月11日 10:30 来源：华尔街见闻\n"
    u"作者：李明\n"
    u"\n"
    u"某科技公司创始人周日在社交媒体上表示，他将休假一个月。\n"
    u"据公司内部来源透露，这一决定早有计划。\n"
    u"消息来源：知情人士称，公司运营不受影响。\n"
    u"责任编辑：王芳\n"
    u"本文地址:https://example.com/articles/12345\n"
    u"查看更多精彩内容\n"
    u"风险提示及免责条款\n"
    u"市场有风险，投资需谨慎。本文不构成个人投资建议。\n"
    u"用户应考虑本文中的任何意见是否符合其特定状况。\n";

} // namespace

TEST(PageCleaner, SourceLineGivesTheSource)
{
    const PageInfo info = PageCleaner::analyse(u"来源:华尔街见闻\n正文。");
    EXPECT_EQ(info.source, QString::fromUtf16(u"华尔街见闻"));
    ASSERT_EQ(info.noise.size(), 1);
    EXPECT_EQ(info.noise[0], (TextSpan{0, 8}));
}

TEST(PageCleaner, FullWidthColonAndEnglishSourceAreRecognised)
{
    EXPECT_EQ(PageCleaner::analyse(u"来源：新浪财经").source, QString::fromUtf16(u"新浪财经"));
    EXPECT_EQ(PageCleaner::analyse(u"Source: Reuters").source, QStringLiteral("Reuters"));
}

TEST(PageCleaner, SourceInsideASentenceIsNotNoise)
{
    const QString text = QString::fromUtf16(u"据公司内部来源透露，这一决定早有计划。\n消息来源：知情人士称，公司运营不受影响。");
    const PageInfo info = PageCleaner::analyse(text);
    EXPECT_TRUE(info.source.isEmpty());
    EXPECT_TRUE(info.noise.isEmpty());
}

TEST(PageCleaner, BylinesGiveTheAuthor)
{
    EXPECT_EQ(PageCleaner::analyse(u"作者：李明").author, QString::fromUtf16(u"李明"));
    EXPECT_EQ(PageCleaner::analyse(u"文|张三").author, QString::fromUtf16(u"张三"));
    EXPECT_EQ(PageCleaner::analyse(u"文 / 张三").author, QString::fromUtf16(u"张三"));
    EXPECT_EQ(PageCleaner::analyse(u"本报记者 赵六").author, QString::fromUtf16(u"赵六"));
}

TEST(PageCleaner, EnglishBylineGivesTheAuthor)
{
    const PageInfo info = PageCleaner::analyse(u"Chipmaker Sues Ex-Engineer\n\nBy Dana Whitfield\n\nThe company said on Monday it had sued.");
    EXPECT_EQ(info.author, QStringLiteral("Dana Whitfield"));
    EXPECT_EQ(info.noise.size(), 1);
}

TEST(PageCleaner, SentenceOpeningWithByIsNotAByline)
{
    EXPECT_TRUE(PageCleaner::analyse(u"By Monday the deal was done.").author.isEmpty());
}

TEST(PageCleaner, ReporterInProseIsNotAByline)
{
    const PageInfo info = PageCleaner::analyse(u"记者从公司获悉，新产品将于下月发布。");
    EXPECT_TRUE(info.author.isEmpty());
    EXPECT_TRUE(info.noise.isEmpty());
}

TEST(PageCleaner, EditorLineIsNoise)
{
    const PageInfo info = PageCleaner::analyse(u"正文。\n责任编辑：王芳");
    ASSERT_EQ(info.noise.size(), 1);
    EXPECT_EQ(info.noise[0], (TextSpan{4, 11}));
    EXPECT_TRUE(info.author.isEmpty());
}

TEST(PageCleaner, ArticleAddressGivesTheUrl)
{
    const PageInfo info = PageCleaner::analyse(u"正文。\n本文地址:https://example.com/a/1.html");
    EXPECT_EQ(info.url, QStringLiteral("https://example.com/a/1.html"));
    EXPECT_EQ(info.noise.size(), 1);
}

TEST(PageCleaner, LineThatIsOnlyAUrlIsNoise)
{
    const QString text = QString::fromUtf16(u"正文。\nhttps://example.com/x?y=1\n详见 https://example.com 的说明。");
    const PageInfo info = PageCleaner::analyse(text);
    EXPECT_EQ(noiseLines(text, info), QStringList{QStringLiteral("https://example.com/x?y=1")});
}

TEST(PageCleaner, FurnitureMarkersAreNoise)
{
    const QString text = QString::fromUtf16(
        u"正文。\n查看更多\n版权声明：本文版权归原作者所有。\n免责声明：仅供参考。\n点击查看原文\n© 2024 Example Media\n正文二。");
    const PageInfo info = PageCleaner::analyse(text);
    EXPECT_EQ(info.noise.size(), 5);
    EXPECT_FALSE(noiseLines(text, info).contains(QString::fromUtf16(u"正文二。")));
}

TEST(PageCleaner, DisclaimerNearTheEndTakesEverythingAfterIt)
{
    const QString text = QString::fromUtf16(s_page);
    const PageInfo info = PageCleaner::analyse(text);
    ASSERT_FALSE(info.noise.isEmpty());
    const TextSpan last = info.noise.last();
    EXPECT_TRUE(text.mid(last.start).startsWith(QString::fromUtf16(u"风险提示及免责条款")));
    EXPECT_EQ(last.end, text.trimmed().size());
}

TEST(PageCleaner, DisclaimerEarlyInALongTextDoesNotSwallowTheRest)
{
    QString text = QString::fromUtf16(u"风险提示及免责条款\n");
    for (int i = 0; i < 40; ++i)
        text += QString::fromUtf16(u"正文第%1段。\n").arg(i);
    const PageInfo info = PageCleaner::analyse(text);
    ASSERT_EQ(info.noise.size(), 1);
    EXPECT_EQ(info.noise[0].length(), 9);
}

TEST(PageCleaner, DateLineGivesThePublishedDate)
{
    EXPECT_EQ(PageCleaner::analyse(u"2024-08-11").published, QDate(2024, 8, 11));
    EXPECT_EQ(PageCleaner::analyse(u"2024年8月11日 10:30").published, QDate(2024, 8, 11));
    EXPECT_EQ(PageCleaner::analyse(u"发布时间：2024/08/11 09:05:00").published, QDate(2024, 8, 11));
}

TEST(PageCleaner, DateAtTheStartOfASentenceIsNotADateLine)
{
    const PageInfo info = PageCleaner::analyse(u"2024年8月11日，该公司宣布了新的计划。");
    EXPECT_FALSE(info.published.isValid());
    EXPECT_TRUE(info.noise.isEmpty());
}

TEST(PageCleaner, RealisticPageYieldsMetadataAndKeepsTheArticle)
{
    const QString text = QString::fromUtf16(s_page);
    const PageInfo info = PageCleaner::analyse(text);
    EXPECT_EQ(info.source, QString::fromUtf16(u"华尔街见闻"));
    EXPECT_EQ(info.author, QString::fromUtf16(u"李明"));
    EXPECT_EQ(info.url, QStringLiteral("https://example.com/articles/12345"));
    EXPECT_EQ(info.published, QDate(2024, 8, 11));
    const QStringList noise = noiseLines(text, info);
    EXPECT_EQ(noise.size(), 6);
    for (const QString &n : noise) {
        EXPECT_FALSE(n.contains(QString::fromUtf16(u"某科技公司创始人周日"))) << n.toStdString();
        EXPECT_FALSE(n.startsWith(QString::fromUtf16(u"据公司内部来源"))) << n.toStdString();
        EXPECT_FALSE(n.startsWith(QString::fromUtf16(u"消息来源"))) << n.toStdString();
    }
}

TEST(PageCleaner, EmptyTextHasNothing)
{
    const PageInfo info = PageCleaner::analyse(u"");
    EXPECT_TRUE(info.noise.isEmpty());
    EXPECT_TRUE(info.source.isEmpty());
    EXPECT_FALSE(info.published.isValid());
}

TEST(PageCleaner, TraditionalLabelsAndFullWidthDigitsAreRecognised)
{
    const QString text = QString::fromUtf16(u"標題\n來源：綜合報道　２０２４年３月５日\n責任編輯：陳明\n正文。");
    const PageInfo info = PageCleaner::analyse(text);
    EXPECT_EQ(info.source, QString::fromUtf16(u"綜合報道")); // the original characters, not folded
    EXPECT_EQ(info.published, QDate(2024, 3, 5));
    EXPECT_EQ(noiseLines(text, info),
              (QStringList{QString::fromUtf16(u"來源：綜合報道　２０２４年３月５日"), QString::fromUtf16(u"責任編輯：陳明")}));
}

TEST(PageCleaner, UrlAfterTheDisclaimerIsStillRead)
{
    const QString text = QString::fromUtf16(u"正文。\n风险提示及免责条款\n市场有风险。\n本文地址:https://example.com/q/1.html 财经");
    const PageInfo info = PageCleaner::analyse(text);
    EXPECT_EQ(info.url, QStringLiteral("https://example.com/q/1.html"));
    ASSERT_EQ(info.noise.size(), 1);
    EXPECT_EQ(info.noise[0].end, text.size());
}

TEST(PageCleaner, ReprintNoticeIsNoise)
{
    const QString text = QString::fromUtf16(
        u"本文来自微信公众号：硅基观察（ID：guijiguancha），作者：林樾，题图来自：视觉中国\n思渊智能今年发布了新模型。");
    const PageInfo info = PageCleaner::analyse(text);
    ASSERT_EQ(info.noise.size(), 1);
    EXPECT_EQ(info.noise[0].start, 0);
    EXPECT_EQ(info.noise[0].end, text.indexOf(u'\n'));
}

TEST(PageCleaner, AFontSizeAndShareBarInBracketsIsNoise)
{
    const QString page = QString::fromUtf16(u"【字号 大 中 小】　分享到：微信 微博 ＱＱ空间\n墨衡宣布完成融资。");
    const PageInfo info = PageCleaner::analyse(page);
    ASSERT_EQ(info.noise.size(), 1);
    EXPECT_EQ(info.noise[0], (TextSpan{0, page.indexOf(u'\n')}));
}
