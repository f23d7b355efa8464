#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <random>

// Helpers shared by the robustness tests: running guanxi-cli, writing files,
// and a generator of small synthetic Chinese news articles.
namespace Guanxi::Test {

struct CliResult
{
    int exitCode = -1;      // -1 when the program crashed or did not finish
    QByteArray out;
    QByteArray err;
    QString errText() const { return QString::fromUtf8(err); }
};

inline CliResult runCli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess process;
    process.start(QStringLiteral(GUANXI_CLI_PATH), args);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "guanxi-cli did not finish in " << timeoutMs << " ms: "
                      << args.join(QLatin1Char(' ')).toStdString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    f.write(bytes);
    return path;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Writes `count` short articles (a few founding, investment, hiring and
// departure sentences each, drawn from small pools of names so entities merge
// across articles) into `dir` as article_NN.txt; returns their paths in order.
inline QStringList writeArticles(const QDir &dir, int count, unsigned seed)
{
    static const char *const people[] = {"林海", "陈晨", "王磊", "张伟", "李娜", "刘洋", "赵敏", "孙杰", "周婷", "吴昊"};
    static const char *const companies[] = {"星河智能", "云帆科技", "北辰资本", "天衡数据", "蓝鲸机器人",
                                            "光年半导体", "远山医疗", "青松软件"};
    std::mt19937 rng(seed);
    auto pick = [&rng](const auto &pool) {
        return QString::fromUtf8(pool[std::uniform_int_distribution<std::size_t>(0, std::size(pool) - 1)(rng)]);
    };
    auto number = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };

    QStringList paths;
    for (int i = 0; i < count; ++i) {
        QString text = QStringLiteral("第%1篇报道（本报记者）\n\n").arg(i + 1);
        const int sentences = number(5, 9);
        for (int s = 0; s < sentences; ++s) {
            const QString person = pick(people);
            const QString company = pick(companies);
            QString other = pick(companies);
            if (other == company)
                other = QString::fromUtf8(companies[0]) == company ? QString::fromUtf8(companies[1])
                                                                   : QString::fromUtf8(companies[0]);
            switch (number(0, 3)) {
            case 0:
                text += QStringLiteral("%1于%2年创立%3。").arg(person).arg(number(2010, 2023)).arg(company);
                break;
            case 1:
                text += QStringLiteral("%1向%2投资%3亿元。").arg(other, company).arg(number(1, 20));
                break;
            case 2:
                text += QStringLiteral("%1于%2年加入%3，担任首席技术官。").arg(person).arg(number(2015, 2024)).arg(company);
                break;
            default:
                text += QStringLiteral("%1已于%2年%3月离开%4。").arg(person).arg(number(2016, 2024)).arg(number(1, 12)).arg(company);
                break;
            }
        }
        text += QLatin1Char('\n');
        paths.append(writeFile(dir.filePath(QStringLiteral("article_%1.txt").arg(i + 1, 2, 10, QLatin1Char('0'))),
                               text.toUtf8()));
    }
    return paths;
}

} // namespace Guanxi::Test
