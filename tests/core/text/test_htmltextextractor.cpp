#include "text/htmltextextractor.h"

#include <gtest/gtest.h>

#include <QStringList>

using namespace Guanxi;

namespace {

QString textOf(const char16_t *html)
{
    return HtmlTextExtractor::extract(QStringView(html)).text;
}

} // namespace

TEST(HtmlTextExtractor, BlockElementsBecomeLineBreaks)
{
    EXPECT_EQ(textOf(u"<div>a</div><p>b</p>c<br>d<br/>e<ul><li>f</li><li>g</li></ul><h2>h</h2><table><tr><td>i</td><td>j</td></tr></table>"),
              QStringView(u"a\nb\nc\nd\ne\nf\ng\nh\ni j"));
}

TEST(HtmlTextExtractor, ScriptsStylesAndCommentsAreDropped)
{
    EXPECT_EQ(textOf(u"<p>a<script type=\"text/javascript\">if (a < b) { x = \"</p>\"; }</script>b</p>"
                     u"<style>.x{}</style><!-- <p>hidden</p> --><noscript>n</noscript>c"),
              QStringView(u"ab\nc"));
}

TEST(HtmlTextExtractor, EntitiesAreDecoded)
{
    EXPECT_EQ(textOf(u"<p>A &amp; B &lt;C&gt; &quot;q&quot; &#20013;&#x4E2D;&#X56FD; x&nbsp;y &hellip; &copy;</p>"),
              QStringView(u"A & B <C> \"q\" 中中国 x y … ©"));
}

TEST(HtmlTextExtractor, UnknownOrBrokenEntitiesStayLiteral)
{
    EXPECT_EQ(textOf(u"<p>AT&T &bogus; &#; &</p>"), QStringView(u"AT&T &bogus; &#; &"));
    EXPECT_EQ(HtmlTextExtractor::decodeEntities(u"&#0;&#xD800;"), QString(2, QChar::ReplacementCharacter));
}

TEST(HtmlTextExtractor, WhiteSpaceIsCollapsedAndCjkLineWrapsJoined)
{
    EXPECT_EQ(textOf(u"<p>  Hello\n   world  </p><p>马斯克\n宣布</p>"), QStringView(u"Hello world\n马斯克宣布"));
}

TEST(HtmlTextExtractor, PreKeepsLineBreaks)
{
    EXPECT_EQ(textOf(u"<pre>line one\nline two</pre>"), QStringView(u"line one\nline two"));
}

TEST(HtmlTextExtractor, TitleIsTakenAndKeptOutOfTheText)
{
    const auto page = HtmlTextExtractor::extract(u"<html><head><title> 标题 &amp; 副标题 </title></head><body>正文</body></html>");
    EXPECT_EQ(page.title, QStringView(u"标题 & 副标题"));
    EXPECT_EQ(page.text, QStringView(u"正文"));
}

TEST(HtmlTextExtractor, QuotedGreaterThanInAttributeDoesNotEndTheTag)
{
    EXPECT_EQ(textOf(u"<a href=\"x\" title=\"a > b\">link</a> text"), QStringView(u"link text"));
}

TEST(HtmlTextExtractor, BrokenMarkupDoesNotLoseText)
{
    EXPECT_EQ(textOf(u"<p>1 < 2 and 3 > 2</p>"), QStringView(u"1 < 2 and 3 > 2"));
    EXPECT_EQ(textOf(u"<p>unclosed <b"), QStringView(u"unclosed <b"));
    EXPECT_EQ(textOf(u"<p>it's <i>fine</i></p>"), QStringView(u"it's fine"));
}

TEST(HtmlTextExtractor, UnclosedScriptDropsTheRest)
{
    EXPECT_EQ(textOf(u"<p>kept</p><script>var a = 1;"), QStringView(u"kept"));
}

TEST(HtmlTextExtractor, LooksLikeHtml)
{
    EXPECT_TRUE(HtmlTextExtractor::looksLikeHtml(u"  <!DOCTYPE html><p>x"));
    EXPECT_TRUE(HtmlTextExtractor::looksLikeHtml(u"<HTML><body>x"));
    EXPECT_TRUE(HtmlTextExtractor::looksLikeHtml(u"<div><p>a</p><p>b</p><p>c</p></div>"));
    EXPECT_FALSE(HtmlTextExtractor::looksLikeHtml(u"a < b and c > d, <b> is a tag"));
}

TEST(HtmlTextExtractor, DeclaredCharsetIsFound)
{
    EXPECT_EQ(HtmlTextExtractor::declaredCharset("<meta charset=\"GBK\">"), QByteArray("gbk"));
    EXPECT_EQ(HtmlTextExtractor::declaredCharset("<meta http-equiv=Content-Type content='text/html; charset=gb2312'>"),
              QByteArray("gb2312"));
    EXPECT_TRUE(HtmlTextExtractor::declaredCharset("<p>no charset</p>").isEmpty());
}

TEST(HtmlTextExtractor, PathologicalMarkupKeepsTheTextAfterIt)
{
    // Many '<' without '>' and many unclosed quotes, then prose. Its speed
    // (linear, not quadratic) is measured by bench_extract's
    // BM_HtmlPathologicalMarkup, not here; a quadratic scanner would also run
    // into ctest's timeout on this input.
    QString html;
    for (int i = 0; i < 200000; ++i)
        html += QStringLiteral("<a x=\"");
    html += QStringLiteral("\"><p>正文 text</p>");
    const auto page = HtmlTextExtractor::extract(html);
    // A '<' with no '>' within a tag's length is a literal, as in prose
    // ("a < b"), so the junk stays text; the paragraph after it must survive.
    EXPECT_TRUE(page.text.endsWith(QStringLiteral("正文 text"))) << page.text.right(40).toStdString();
}

TEST(HtmlTextExtractor, RandomTagSoupKeepsTheVisibleLetters)
{
    const QStringList pieces = {QStringLiteral("<p>"), QStringLiteral("</p>"), QStringLiteral("<script>"),
                                QStringLiteral("</script>"), QStringLiteral("<!--"), QStringLiteral("-->"),
                                QStringLiteral("&amp;"), QStringLiteral("&#"), QStringLiteral("<a href=\""),
                                QStringLiteral("\">"), QStringLiteral(" "), QStringLiteral("\n"), QStringLiteral("字"),
                                QStringLiteral("x"), QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("'")};
    quint32 seed = 99;
    for (int round = 0; round < 300; ++round) {
        QString html;
        const int count = int(seed % 400);
        for (int i = 0; i < count; ++i) {
            seed = seed * 1664525u + 1013904223u;
            html += pieces[qsizetype(seed >> 16) % pieces.size()];
        }
        const auto page = HtmlTextExtractor::extract(html);
        // Extraction only ever removes markup: it cannot invent letters.
        EXPECT_LE(page.text.count(u'字'), html.count(u'字'));
        EXPECT_FALSE(page.text.startsWith(u'\n'));
        EXPECT_FALSE(page.text.endsWith(u'\n'));
    }
}

TEST(HtmlTextExtractor, MetaArticlePublishedTimeIsThePublicationDate)
{
    const auto page = HtmlTextExtractor::extract(
        u"<html><head><meta property=\"article:published_time\" content=\"2024-08-11T10:30:00+08:00\"></head><body><p>a</p></body></html>");
    EXPECT_EQ(page.published, QDate(2024, 8, 11));
}

TEST(HtmlTextExtractor, MetaPubdateWithContentFirstIsThePublicationDate)
{
    const auto page = HtmlTextExtractor::extract(u"<html><head><meta content='2023/3/5' name='PubDate'/></head><body>a</body></html>");
    EXPECT_EQ(page.published, QDate(2023, 3, 5));
}

TEST(HtmlTextExtractor, JsonLdDatePublishedIsThePublicationDate)
{
    const auto page = HtmlTextExtractor::extract(
        u"<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\": \"2025-01-20T08:00:00Z\"}</script></head><body>a</body></html>");
    EXPECT_EQ(page.published, QDate(2025, 1, 20));
}

TEST(HtmlTextExtractor, OtherMetaTagsGiveNoPublicationDate)
{
    const auto page = HtmlTextExtractor::extract(
        u"<html><head><meta name=\"description\" content=\"2024-08-11 news\"><meta property=\"article:modified_time\" content=\"2024-08-12\"></head><body>a</body></html>");
    EXPECT_FALSE(page.published.isValid());
}
