#include "text/worddictionary.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace Guanxi;

namespace {

WordDictionary smallDictionary()
{
    return WordDictionary::fromText(u"北京 100 ns\n北京大学 50 nt\n大学 80 n\n学生 60 n\n马斯克 3 nr\n");
}

} // namespace

TEST(WordDictionary, LookupGivesFrequencyAndPos)
{
    const WordDictionary dict = smallDictionary();
    const auto info = dict.lookup(u"北京大学");
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->frequency, 50u);
    EXPECT_EQ(info->pos, QStringLiteral("nt"));
    EXPECT_EQ(dict.lookup(u"马斯克")->pos, QStringLiteral("nr"));
    EXPECT_EQ(dict.size(), 5);
    EXPECT_EQ(dict.totalFrequency(), 293u);
    EXPECT_EQ(dict.maxWordLength(), 4);
}

TEST(WordDictionary, PrefixIsNotAWord)
{
    const WordDictionary dict = smallDictionary();
    EXPECT_FALSE(dict.lookup(u"北京大").has_value());
    EXPECT_TRUE(dict.isPrefix(u"北京大"));
    EXPECT_FALSE(dict.lookup(u"马").has_value());
    EXPECT_FALSE(dict.isPrefix(u"京大"));
    EXPECT_FALSE(dict.lookup(u"").has_value());
}

TEST(WordDictionary, LongestMatchPrefersTheLongestWord)
{
    const WordDictionary dict = smallDictionary();
    const QString text = QString::fromUtf16(u"在北京大学读书");
    EXPECT_EQ(dict.longestMatch(text, 1), 4);
    EXPECT_EQ(dict.longestMatch(text, 1, 3), 2);
    EXPECT_EQ(dict.longestMatch(text, 0), 0);
    EXPECT_EQ(dict.longestMatch(text, 3), 2);
    EXPECT_EQ(dict.longestMatch(text, text.size()), 0);
}

TEST(WordDictionary, MalformedLinesAreSkippedAndCounted)
{
    const WordDictionary dict = WordDictionary::fromText(u"好 10 a\n坏 x n\n\n# comment\n无词性 5\n只有词\n");
    EXPECT_EQ(dict.skippedLines(), 1);
    EXPECT_EQ(dict.frequency(u"好"), 10u);
    EXPECT_EQ(dict.frequency(u"无词性"), 5u);
    EXPECT_TRUE(dict.lookup(u"无词性")->pos.isEmpty());
    EXPECT_EQ(dict.frequency(u"只有词"), 1u);
    EXPECT_FALSE(dict.contains(u"坏"));
}

TEST(WordDictionary, RepeatedWordKeepsTheLastLine)
{
    const WordDictionary dict = WordDictionary::fromText(u"词 10 n\n词 20 v\n");
    EXPECT_EQ(dict.size(), 1);
    EXPECT_EQ(dict.frequency(u"词"), 20u);
    EXPECT_EQ(dict.totalFrequency(), 20u);
}

TEST(WordDictionary, MissingFileIsAnIoError)
{
    const auto r = WordDictionary::load(QStringLiteral("/nonexistent/dict.txt"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().category(), Error::Category::Io);
}

TEST(WordDictionary, FileWithoutWordsIsAnError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("dict.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("# nothing here\n");
    f.close();
    const auto r = WordDictionary::load(path);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().category(), Error::Category::Parse);
}

TEST(WordDictionary, LoadsAFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("dict.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QString::fromUtf16(u"奥特曼 7 nr\r\n微软 500 nt\r\n").toUtf8());
    f.close();
    const auto r = WordDictionary::load(path);
    ASSERT_TRUE(r) << r.error().toString().toStdString();
    EXPECT_EQ(r->frequency(u"奥特曼"), 7u);
    EXPECT_EQ(r->lookup(u"微软")->pos, QStringLiteral("nt"));
}

TEST(WordDictionary, StandardDictionaryLoadsOnceOrSaysWhy)
{
    const WordDictionary &dict = WordDictionary::standard();
    if (WordDictionary::standardPath().isEmpty()) {
        EXPECT_TRUE(dict.isEmpty());
        EXPECT_FALSE(WordDictionary::standardLoadError().isEmpty());
        GTEST_SKIP() << "jieba's dict.txt is not installed";
    }
    EXPECT_TRUE(WordDictionary::standardLoadError().isEmpty()) << WordDictionary::standardLoadError().toStdString();
    EXPECT_GT(dict.size(), 300000);
    EXPECT_EQ(dict.lookup(u"北京大学")->pos, QStringLiteral("nt"));
    EXPECT_EQ(&WordDictionary::standard(), &dict);
}

namespace {

// Every observable of the two dictionaries, for the given words and a few non-words.
void expectSameDictionary(const WordDictionary &a, const WordDictionary &b, const QStringList &words)
{
    EXPECT_EQ(a.size(), b.size());
    EXPECT_EQ(a.totalFrequency(), b.totalFrequency());
    EXPECT_EQ(a.maxWordLength(), b.maxWordLength());
    EXPECT_EQ(a.skippedLines(), b.skippedLines());
    for (const QString &w : words) {
        const auto ia = a.lookup(w);
        const auto ib = b.lookup(w);
        ASSERT_EQ(ia.has_value(), ib.has_value()) << w.toStdString();
        if (ia) {
            EXPECT_EQ(ia->frequency, ib->frequency) << w.toStdString();
            EXPECT_EQ(ia->pos, ib->pos) << w.toStdString();
        }
        EXPECT_EQ(a.isPrefix(w.left(1)), b.isPrefix(w.left(1)));
        EXPECT_EQ(a.longestMatch(w + w, 0), b.longestMatch(w + w, 0)) << w.toStdString();
    }
    for (const char16_t *other : {u"京大", u"不是词语", u"x"})
        EXPECT_EQ(a.prefixFrequency(other), b.prefixFrequency(other));
}

const WordDictionary::SourceStamp SomeStamp{1234, 1700000000000};

} // namespace

TEST(WordDictionary, ImageLoadsTheSameDictionary)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dict.image"));
    const WordDictionary dict = WordDictionary::fromText(u"北京 100 ns\n北京大学 50 nt\n大学 80\n学生 60 n\nbad line x\n");
    ASSERT_TRUE(dict.saveImage(path, SomeStamp));
    const auto image = WordDictionary::loadImage(path, SomeStamp);
    ASSERT_TRUE(image) << image.error().toString().toStdString();
    expectSameDictionary(dict, *image, {QStringLiteral("北京"), QStringLiteral("北京大学"), QStringLiteral("大学"),
                                        QStringLiteral("学生"), QStringLiteral("北京大")});
    EXPECT_EQ(image->skippedLines(), 1);
}

TEST(WordDictionary, ImageOfAnotherSourceIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dict.image"));
    ASSERT_TRUE(WordDictionary::fromText(u"北京 100 ns\n").saveImage(path, SomeStamp));
    EXPECT_FALSE(WordDictionary::loadImage(path, WordDictionary::SourceStamp{1234, 1700000000001}));
    EXPECT_FALSE(WordDictionary::loadImage(path, WordDictionary::SourceStamp{1235, 1700000000000}));
}

TEST(WordDictionary, TruncatedImageIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dict.image"));
    ASSERT_TRUE(WordDictionary::fromText(u"北京 100 ns\n北京大学 50 nt\n").saveImage(path, SomeStamp));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.resize(f.size() - 4));
    f.close();
    EXPECT_FALSE(WordDictionary::loadImage(path, SomeStamp));
}

TEST(WordDictionary, TextFileIsNotAnImage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dict.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(200, 'x'));
    f.close();
    EXPECT_FALSE(WordDictionary::loadImage(path, WordDictionary::SourceStamp::of(path)));
}

TEST(WordDictionary, BuildImageOfTheStandardDictionaryEqualsItsText)
{
    const QString text = WordDictionary::standardPath();
    const QString image = WordDictionary::standardImagePath();
    if (text.isEmpty() || image.isEmpty())
        GTEST_SKIP() << "no standard dictionary or no image in this build";
    const auto parsed = WordDictionary::load(text);
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    const auto loaded = WordDictionary::loadImage(image, WordDictionary::SourceStamp::of(text));
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QStringList words;
    for (const QByteArray &line : f.readAll().split('\n'))
        words.append(QString::fromUtf8(line.left(line.indexOf(' '))));
    words.removeAll(QString());
    ASSERT_GT(words.size(), 300000);
    expectSameDictionary(*parsed, *loaded, words);
}
