#include "extract/rulebook.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Guanxi;
using namespace Guanxi::Internal;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

TEST(RuleBook, LoadsTheBundledRules)
{
    const auto book = RuleBook::load(QStringLiteral(GUANXI_RESOURCES_DIR "/lexicon"));
    ASSERT_TRUE(book) << book.error().toString().toStdString();
    EXPECT_FALSE(book->triggers().isEmpty());
    EXPECT_FALSE(book->cues().isEmpty());
    EXPECT_TRUE(book->isSurname(QChar(u'王')));
    EXPECT_TRUE(book->roleMatcher().matchAt(u"首席执行官", 0));
}

TEST(RuleBook, CompoundSurnamesAreReadFromTheSurnameList)
{
    const auto book = RuleBook::load(QStringLiteral(GUANXI_RESOURCES_DIR "/lexicon"));
    ASSERT_TRUE(book) << book.error().toString().toStdString();
    EXPECT_TRUE(book->isCompoundSurnameAt(u"由司徒颖欣创立", 1));
    EXPECT_TRUE(book->isCompoundSurnameAt(u"欧阳", 0));
    EXPECT_FALSE(book->isCompoundSurnameAt(u"由司徒颖欣创立", 0));
    EXPECT_FALSE(book->isCompoundSurnameAt(u"司", 0));
}

TEST(RuleBook, RivalListWordsAndTitleCharactersComeFromTheRulesFile)
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("triggers.tsv")), "加入\tjoined\tzh\tsvo\n");
    write(dir.filePath(QStringLiteral("negations.tsv")), "否认\tnegation\tclause\n");
    write(dir.filePath(QStringLiteral("extract_rules.tsv")),
          "rival_list\t诸如\nrole_break\t由\ntitle_filler\t兼\n");
    const auto book = RuleBook::load(dir.path());
    ASSERT_TRUE(book) << book.error().toString().toStdString();
    EXPECT_TRUE(book->isRivalListWord(u"诸如"));
    EXPECT_FALSE(book->isRivalListWord(u"包括"));
    EXPECT_TRUE(book->isRoleBreak(QChar(u'由')));
    EXPECT_FALSE(book->isRoleBreak(QChar(u'在')));
    EXPECT_TRUE(book->isTitleFiller(QChar(u'兼')));
}

TEST(RuleBook, UnknownRelationInTriggersIsAnError)
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("triggers.tsv")), "加入\tbefriended\tzh\tsvo\n");
    const auto book = RuleBook::load(dir.path());
    ASSERT_FALSE(book);
    EXPECT_TRUE(book.error().message().contains(QStringLiteral("triggers.tsv:1")));
}

TEST(RuleBook, MissingFileIsAnIoError)
{
    QTemporaryDir dir;
    const auto book = RuleBook::load(dir.path());
    ASSERT_FALSE(book);
    EXPECT_EQ(book.error().category(), Error::Category::Io);
}

TEST(RuleBook, NonTriggerWordsKeepTheTriggerFromMatchingInsideThem)
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("triggers.tsv")), "投资\tinvested_in\tzh\tsvo\n");
    write(dir.filePath(QStringLiteral("negations.tsv")), "否认\tnegation\tclause\n");
    write(dir.filePath(QStringLiteral("extract_rules.tsv")), "not_trigger\t投资银行\n");
    const auto book = RuleBook::load(dir.path());
    ASSERT_TRUE(book) << book.error().toString().toStdString();
    EXPECT_TRUE(book->triggerMatcher().matchAt(u"红杉投资了它", 2));
    EXPECT_FALSE(book->triggerMatcher().matchAt(u"中金公司投资银行部", 4));
}
