// guanxi-cli extract: one article in, SCHEMA JSON out on stdout.

#include "clisupport.h"
#include "commands.h"

#include "common/inputfile.h"
#include "extract/extractor.h"
#include "model/graphjson.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

namespace Guanxi::Cli {

int runExtractCommand(const QStringList &args)
{
    QCommandLineParser parser;
    CliSupport::prepare(parser, QStringLiteral("Extracts the entities and relations of one article and prints "
                                               "them as SCHEMA JSON (UTF-8) on standard output."));
    const QCommandLineOption published(QStringList{QStringLiteral("published")},
                                       QStringLiteral("Publication date, to resolve relative times. Default: the date the "
                                                      "page states (HTML metadata, a date line), if any."),
                                       QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption lexicon(QStringList{QStringLiteral("lexicon")},
                                     QStringLiteral("An extra lexicon file (TSV); may be repeated."),
                                     QStringLiteral("file"));
    const QCommandLineOption compact(QStringList{QStringLiteral("compact")},
                                     QStringLiteral("Print the JSON on one line."));
    const QCommandLineOption lang(QStringList{QStringLiteral("lang")},
                                  QStringLiteral("Language of the article: zh, en or auto (default: detected "
                                                 "per paragraph)."),
                                  QStringLiteral("zh|en|auto"), QStringLiteral("auto"));
    parser.addOption(published);
    parser.addOption(lexicon);
    parser.addOption(compact);
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The article (text or HTML)."),
                                 QStringLiteral("FILE"));
    if (auto done = CliSupport::parse(parser, args))
        return *done;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return CliSupport::usageError(parser, QStringLiteral("extract: give exactly one file"));
    const QString path = files.first();
    QDate date;
    if (parser.isSet(published)) {
        date = QDate::fromString(parser.value(published), Qt::ISODate);
        if (!date.isValid())
            return CliSupport::usageError(parser, QStringLiteral("extract: --published %1 is not a date like 2024-08-11")
                                                      .arg(parser.value(published)));
    }

    if (!QStringList{QStringLiteral("zh"), QStringLiteral("en"), QStringLiteral("auto")}.contains(parser.value(lang)))
        return CliSupport::usageError(parser, QStringLiteral("extract: --lang %1 is not zh, en or auto").arg(parser.value(lang)));

    const auto read = InputFile::read(path);
    if (!read) {
        CliSupport::printError(path, read.error());
        return ExitInput;
    }
    const QByteArray &bytes = *read;

    ExtractorOptions options;
    options.extraLexicons = parser.values(lexicon);
    auto extractor = Extractor::create(options);
    if (!extractor) {
        CliSupport::printError(QStringLiteral("extractor"), extractor.error());
        return ExitInput;
    }
    auto document = (*extractor)->extract(bytes, ExtractRequest{QFileInfo(path).fileName(), date, parser.value(lang)});
    if (!document) {
        CliSupport::printError(path, document.error());
        return ExitInput;
    }
    if (document->info.name.isEmpty())
        document->info.name = QFileInfo(path).fileName();
    if (!document->info.published.isValid())
        document->info.published = date;

    GraphJson::WriteOptions writeOptions;
    writeOptions.indented = !parser.isSet(compact);
    // Written as it is made: a long text's graph is not also held as its JSON text.
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        CliSupport::writeErr(QStringLiteral("Cannot write to standard output.\n"));
        return ExitUnavailable;
    }
    auto written = GraphJson::write(*document, out, writeOptions);
    if (written && parser.isSet(compact) && out.write("\n") != 1)
        written = makeError(Error::Category::Io, out.errorString());
    out.close();
    if (!written) {
        CliSupport::printError(QStringLiteral("standard output"), written.error());
        return ExitUnavailable;
    }
    return ExitOk;
}

} // namespace Guanxi::Cli
