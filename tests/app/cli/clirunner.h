#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// Runs guanxi-cli in a temporary directory and keeps what it printed.
namespace Guanxi::Test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

class CliTest : public ::testing::Test
{
protected:
    CliRun run(const QStringList &args) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(GUANXI_CLI_PATH), args);
        CliRun result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            ADD_FAILURE() << "guanxi-cli did not finish: " << args.join(QLatin1Char(' ')).toStdString();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QString db() const { return m_dir.filePath(QStringLiteral("graph.db")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QString goldFile() { return QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.gold.json"); }
    static QString articleFile() { return QStringLiteral(GUANXI_EVAL_DIR "/000_84226dfc0b281014.txt"); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Ingests the sample article's gold file, which must succeed.
    void ingestGold() const
    {
        const CliRun r = run({QStringLiteral("ingest"), QStringLiteral("--db"), db(), goldFile()});
        ASSERT_EQ(r.exitCode, 0) << r.errText().toStdString();
    }

private:
    QTemporaryDir m_dir;
};

} // namespace Guanxi::Test
