#include "extract/aliasmatcher.h"

#include <gtest/gtest.h>

using namespace Guanxi::Internal;

namespace {

AliasMatcher matcherOf(std::initializer_list<std::pair<const char16_t *, int>> forms)
{
    AliasMatcher m;
    for (const auto &[form, value] : forms)
        m.add(QString::fromUtf16(form), value);
    m.finalize();
    return m;
}

} // namespace

TEST(AliasMatcher, FindsTheLongestForm)
{
    const auto m = matcherOf({{u"GPT-4o", 1}, {u"GPT-4o mini", 2}});
    const QString text = AliasMatcher::matchForm(u"优化 GPT-4o mini 的性能");
    const auto hit = m.matchAt(text, 3);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->value, 2);
    EXPECT_EQ(hit->length, 11);
}

TEST(AliasMatcher, LatinFormDoesNotMatchInsideAWord)
{
    const auto m = matcherOf({{u"X", 1}, {u"meta", 2}});
    const QString text = AliasMatcher::matchForm(u"SpaceX和metadata");
    EXPECT_FALSE(m.matchAt(text, 5));
    EXPECT_FALSE(m.matchAt(text, 7));
}

TEST(AliasMatcher, LatinFormMatchesBesideChineseText)
{
    const auto m = matcherOf({{u"X", 1}, {u"Meta", 2}});
    const QString text = AliasMatcher::matchForm(u"SpaceX和X的负责人，meta的扎克伯格");
    ASSERT_TRUE(m.matchAt(text, 7));
    const auto meta = m.matchAt(text, 13);
    ASSERT_TRUE(meta);
    EXPECT_EQ(meta->value, 2);
}

TEST(AliasMatcher, IsCaseInsensitive)
{
    const auto m = matcherOf({{u"TechCrunch", 7}});
    const auto hit = m.matchAt(AliasMatcher::matchForm(u"techcrunch认为"), 0);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->value, 7);
}

TEST(AliasMatcher, NoMatchAtUnknownText)
{
    const auto m = matcherOf({{u"马斯克", 1}});
    EXPECT_FALSE(m.matchAt(AliasMatcher::matchForm(u"奥特曼"), 0));
    EXPECT_FALSE(m.matchAt(AliasMatcher::matchForm(u""), 0));
}

namespace {

AliasMatcher guardedMatcher()
{
    AliasMatcher m;
    m.addGuarded(QStringLiteral("X"), 1, {QStringLiteral("X")});
    m.addGuarded(QStringLiteral("meta"), 2, {QStringLiteral("Meta"), QStringLiteral("meta")});
    m.addGuarded(QStringLiteral("The Information"), 3, {QStringLiteral("The Information")});
    m.finalize();
    return m;
}

std::optional<AliasMatcher::Hit> guardedAt(const AliasMatcher &m, const QString &cased, qsizetype pos)
{
    return m.matchAt(AliasMatcher::matchForm(cased), pos, cased);
}

} // namespace

TEST(AliasMatcher, GuardedSingleLetterNeedsChineseBeside)
{
    const auto m = guardedMatcher();
    EXPECT_TRUE(guardedAt(m, QStringLiteral("收购X公司"), 2));
    EXPECT_FALSE(guardedAt(m, QStringLiteral("an X-ray of it"), 3));
    EXPECT_FALSE(guardedAt(m, QStringLiteral("收购x公司"), 2)); // wrong case
}

TEST(AliasMatcher, GuardedLowerCaseWordNeedsCapitalOrChinese)
{
    const auto m = guardedMatcher();
    EXPECT_FALSE(guardedAt(m, QStringLiteral("the meta question"), 4));
    EXPECT_TRUE(guardedAt(m, QStringLiteral("the Meta question"), 4));
    EXPECT_TRUE(guardedAt(m, QStringLiteral("meta的模型"), 0));
}

TEST(AliasMatcher, GuardedPhraseNeedsItsCapitals)
{
    const auto m = guardedMatcher();
    EXPECT_FALSE(guardedAt(m, QStringLiteral("the information was wrong"), 0));
    EXPECT_TRUE(guardedAt(m, QStringLiteral("according to The Information, ..."), 13));
}

TEST(AliasMatcher, GuardedFormMatchesWithoutCasedText)
{
    // Looking up a name already found needs no context.
    const auto m = guardedMatcher();
    EXPECT_TRUE(m.matchAt(QStringLiteral("meta"), 0));
}
