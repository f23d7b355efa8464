// guanxi-cli ingest: read every input first, then store each in its own
// transaction, so a bad file stops the run before anything is written.

#include "clisupport.h"
#include "commands.h"

#include "common/inputfile.h"
#include "extract/extractor.h"
#include "model/graphjson.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

namespace Guanxi::Cli {

namespace {

struct Input
{
    QString path;
    GraphDocument document;
};

// Through InputFile: a file over its size limit is refused before it is read.
Result<QByteArray> readFile(const QString &path)
{
    return InputFile::read(path);
}

bool isJson(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

} // namespace

int runIngestCommand(const QStringList &args)
{
    QCommandLineParser parser;
    CliSupport::prepare(parser,
                        QStringLiteral("Adds articles to the database. A .json file in the SCHEMA format is stored "
                                       "as it is; any other file is an article, read and extracted first. Entities "
                                       "merge with stored ones that share a name. Nothing is written unless every "
                                       "file can be read."));
    parser.addOption(CliSupport::databaseOption());
    const QCommandLineOption published(QStringList{QStringLiteral("published")},
                                       QStringLiteral("Publication date of the articles, to resolve relative "
                                                      "times (本周, 去年8月)."),
                                       QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption lexicon(QStringList{QStringLiteral("lexicon")},
                                     QStringLiteral("An extra lexicon file (TSV); may be repeated."),
                                     QStringLiteral("file"));
    parser.addOption(published);
    parser.addOption(lexicon);
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Articles or SCHEMA JSON files."),
                                 QStringLiteral("FILE..."));
    if (auto done = CliSupport::parse(parser, args))
        return *done;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return CliSupport::usageError(parser, QStringLiteral("ingest: give at least one file"));
    QDate date;
    if (parser.isSet(published)) {
        date = QDate::fromString(parser.value(published), Qt::ISODate);
        if (!date.isValid())
            return CliSupport::usageError(parser, QStringLiteral("ingest: --published %1 is not a date like 2024-08-11")
                                                      .arg(parser.value(published)));
    }

    const bool showProgress = CliSupport::isStderrTerminal() && files.size() > 1;
    std::shared_ptr<const Extractor> extractor;
    QList<Input> inputs;
    int failures = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        if (showProgress)
            CliSupport::writeErr(QStringLiteral("\r[%1/%2] reading %3\x1b[K").arg(i + 1).arg(files.size()).arg(path));
        auto bytes = readFile(path);
        if (!bytes) {
            if (showProgress)
                CliSupport::writeErr(QStringLiteral("\n"));
            CliSupport::printError(path, bytes.error());
            ++failures;
            continue;
        }
        Result<GraphDocument> document;
        if (isJson(path)) {
            document = GraphJson::read(*bytes);
        } else {
            if (!extractor) {
                ExtractorOptions options;
                options.extraLexicons = parser.values(lexicon);
                auto created = Extractor::create(options);
                if (!created) {
                    CliSupport::printError(QStringLiteral("extractor"), created.error());
                    return ExitInput;
                }
                extractor = std::move(*created);
            }
            const QString name = QFileInfo(path).fileName();
            document = extractor->extract(*bytes, ExtractRequest{name, date});
            if (document) {
                if (document->info.name.isEmpty())
                    document->info.name = name;
                if (!document->info.published.isValid())
                    document->info.published = date;
                if (document->info.text.isEmpty())
                    document->info.text = QString::fromUtf8(*bytes);
            }
        }
        if (!document) {
            if (showProgress)
                CliSupport::writeErr(QStringLiteral("\n"));
            CliSupport::printError(path, document.error());
            ++failures;
            continue;
        }
        if (document->info.name.isEmpty())
            document->info.name = QFileInfo(path).fileName();
        inputs.append(Input{path, std::move(*document)});
    }
    if (showProgress)
        CliSupport::writeErr(QStringLiteral("\r\x1b[K"));
    if (failures > 0) {
        CliSupport::printError(QStringLiteral("ingest"),
                               QStringLiteral("%1 of %2 files could not be read; nothing was stored")
                                   .arg(failures).arg(files.size()));
        return ExitInput;
    }

    auto store = CliSupport::openForWrite(CliSupport::databasePath(parser));
    if (!store)
        return ExitInput;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const Input &input = inputs.at(i);
        if (showProgress)
            CliSupport::writeErr(QStringLiteral("\r[%1/%2] storing %3\x1b[K").arg(i + 1).arg(inputs.size()).arg(input.path));
        auto report = store->ingest(input.document);
        if (!report) {
            if (showProgress)
                CliSupport::writeErr(QStringLiteral("\n"));
            CliSupport::printError(input.path, report.error());
            if (i > 0)
                CliSupport::printError(QStringLiteral("ingest"),
                                       QStringLiteral("the %1 files before it were stored").arg(i));
            return ExitInput;
        }
        if (report->alreadyPresent) {
            CliSupport::writeOut(QStringLiteral("%1: already in the database (document %2)\n")
                                     .arg(input.path).arg(report->document.value()));
        } else {
            CliSupport::writeOut(QStringLiteral("%1: document %2: %3 new entities, %4 merged; %5 new relations, %6 merged\n")
                                     .arg(input.path).arg(report->document.value())
                                     .arg(report->entitiesAdded).arg(report->entitiesMerged)
                                     .arg(report->relationsAdded).arg(report->relationsMerged));
        }
    }
    if (showProgress)
        CliSupport::writeErr(QStringLiteral("\r\x1b[K"));
    return ExitOk;
}

} // namespace Guanxi::Cli
