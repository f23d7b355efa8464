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
