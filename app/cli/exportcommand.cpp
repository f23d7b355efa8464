// guanxi-cli export: reads the graph (or a neighbourhood) from the database,
// lays it out with Graphviz in process, and writes a data format through
// core/export or an image through the canvas's ImageExporter.

#include "clisupport.h"
#include "commands.h"

#include "export/exporter.h"
#include "layout/layoutbuilder.h"
#include "layout/layoutengine.h"
#include "model/timepoint.h"

#if __has_include("imageexporter.h")
#include "imageexporter.h"
#define GUANXI_CLI_HAS_IMAGE_EXPORT 1
#include <QGuiApplication>
#endif

#include <QCoreApplication>
#include <QFileInfo>

namespace Guanxi::Cli {

namespace {

const QStringList imageFormats{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};

QStringList allFormats()
{
    return imageFormats + Exporter::formats();
}

QStringList splitList(const QString &value)
{
    QStringList items;
    for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed().toLower());
    }
    return items;
}

// --from takes the first day of the given period, --to the last one.
std::optional<QDate> parseDate(const QString &text, bool first)
{
    const auto time = TimePoint::parse(text.trimmed());
    if (!time)
        return std::nullopt;
    return first ? time->first() : time->last();
}

QString formatList(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

} // namespace

int runExportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    CliSupport::prepare(
        parser,
        QStringLiteral(
            "Writes the graph stored in the database, or the neighbourhood of one entity, as an image or in a "
            "data format. The graph is laid out with Graphviz first; data formats carry the positions.\n\n"
            "Formats: png, svg, pdf (images); json (SCHEMA.md with x/y), graphml (yEd, Gephi, Cytoscape), "
            "gexf (Gephi, with timeline), dot (Graphviz), csv, cypher (Neo4j MERGE script).\n"
            "For csv, OUT is a directory: nodes.csv and relationships.csv are written into it for "
            "\"neo4j-admin database import full --nodes=OUT/nodes.csv --relationships=OUT/relationships.csv "
            "--multiline-fields=true\".\n\n"
            "Examples:\n"
            "  guanxi-cli export --format svg -o graph.svg\n"
            "  guanxi-cli export --format png -o musk.png --focus 马斯克 --depth 2 --width 2400\n"
            "  guanxi-cli export --format csv -o neo4j-import/ --relations founded,invested_in"));
    parser.addOption(CliSupport::databaseOption());
    const QCommandLineOption format(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                    QStringLiteral("Output format: %1. Default: from OUT's suffix.")
                                        .arg(formatList(allFormats())),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output file (a directory for csv)."), QStringLiteral("OUT"));
    const QCommandLineOption layout(QStringList{QStringLiteral("layout")},
                                    QStringLiteral("Layout engine: %1, or none (data formats only: no positions). "
                                                   "Default: chosen by graph size.")
                                        .arg(formatList(LayoutEngine::engines())),
                                    QStringLiteral("ENGINE"));
    const QCommandLineOption focus(QStringList{QStringLiteral("focus")},
                                   QStringLiteral("Export only the neighbourhood of the entity with this name."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption depth(QStringList{QStringLiteral("depth")},
                                   QStringLiteral("Hops around --focus (default 1)."), QStringLiteral("N"),
                                   QStringLiteral("1"));
    const QCommandLineOption types(QStringList{QStringLiteral("types")},
                                   QStringLiteral("Entity types to keep, comma-separated: person, organization, "
                                                  "lawsuit, product."),
                                   QStringLiteral("LIST"));
    const QCommandLineOption relations(QStringList{QStringLiteral("relations")},
                                       QStringLiteral("Relation types to keep, comma-separated (founded, works_at, "
                                                      "joined, left, on_leave, invested_in, plaintiff_in, "
                                                      "defendant_in, competitor_of, develops, subsidiary_of)."),
                                       QStringLiteral("LIST"));
    const QCommandLineOption from(QStringList{QStringLiteral("from")},
                                  QStringLiteral("Drop relations that ended before DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringList{QStringLiteral("to")},
                                QStringLiteral("Drop relations that started after DATE."), QStringLiteral("DATE"));
    const QCommandLineOption width(QStringList{QStringLiteral("width")},
                                   QStringLiteral("PNG width in pixels (instead of --dpi)."), QStringLiteral("PX"));
    const QCommandLineOption dpi(QStringList{QStringLiteral("dpi")},
                                 QStringLiteral("PNG resolution; 96 draws one pixel per point (default)."),
                                 QStringLiteral("N"));
    const QCommandLineOption noLegend(QStringList{QStringLiteral("no-legend")},
                                      QStringLiteral("Images: leave out the legend."));
    const QCommandLineOption transparent(QStringList{QStringLiteral("transparent")},
                                         QStringLiteral("PNG and SVG: no background."));
    for (const QCommandLineOption &option :
         {format, output, layout, focus, depth, types, relations, from, to, width, dpi, noLegend, transparent})
        parser.addOption(option);
    if (auto done = CliSupport::parse(parser, args))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return CliSupport::usageError(parser, QStringLiteral("export: unexpected argument \"%1\"; the output "
                                                             "goes after -o")
                                                  .arg(parser.positionalArguments().first()));

    // What to write, and where.
    const QString out = parser.value(output);
    if (out.isEmpty())
        return CliSupport::usageError(parser, QStringLiteral("export: give the output with -o OUT"));
    QString formatName = parser.value(format).toLower();
    if (formatName.isEmpty()) {
        formatName = QFileInfo(out).suffix().toLower();
        if (formatName == QLatin1String("gv"))
            formatName = QStringLiteral("dot");
    }
    if (!allFormats().contains(formatName))
        return CliSupport::usageError(parser, QStringLiteral("export: unknown format \"%1\"; use --format with "
                                                             "one of: %2")
                                                  .arg(formatName, formatList(allFormats())));
    const bool isImage = imageFormats.contains(formatName);

    QString engine = parser.value(layout).toLower();
    const bool skipLayout = engine == QLatin1String("none");
    if (skipLayout && isImage)
        return CliSupport::usageError(parser, QStringLiteral("export: images need a layout; --layout none is "
                                                             "for data formats"));
    if (!engine.isEmpty() && !skipLayout && !LayoutEngine::engines().contains(engine))
        return CliSupport::usageError(parser, QStringLiteral("export: unknown layout engine \"%1\"; use one of: %2")
                                                  .arg(engine, formatList(LayoutEngine::engines())));

    if (parser.isSet(width) && parser.isSet(dpi))
        return CliSupport::usageError(parser, QStringLiteral("export: give --width or --dpi, not both"));
    bool numberOk = true;
    const int widthValue = parser.isSet(width) ? parser.value(width).toInt(&numberOk) : 0;
    if (!numberOk || widthValue < 0 || (parser.isSet(width) && widthValue == 0))
        return CliSupport::usageError(parser, QStringLiteral("export: --width takes a positive number of pixels"));
    const int dpiValue = parser.isSet(dpi) ? parser.value(dpi).toInt(&numberOk) : 96;
    if (!numberOk || dpiValue <= 0)
        return CliSupport::usageError(parser, QStringLiteral("export: --dpi takes a positive number"));
    const int depthValue = parser.value(depth).toInt(&numberOk);
    if (!numberOk || depthValue < 0)
        return CliSupport::usageError(parser, QStringLiteral("export: --depth takes a number of hops (0 or more)"));

    // Which part of the graph.
    GraphFilter filter;
    for (const QString &name : splitList(parser.value(types))) {
        const auto type = entityTypeFromString(name);
        if (!type)
            return CliSupport::usageError(parser, QStringLiteral("export: unknown entity type \"%1\"; use person, "
                                                                 "organization, lawsuit or product")
                                                      .arg(name));
        filter.entityTypes.insert(*type);
    }
    for (const QString &name : splitList(parser.value(relations))) {
        const auto type = relationTypeFromString(name);
        if (!type) {
            QStringList valid;
            for (RelationType t : allRelationTypes)
                valid.append(toString(t));
            return CliSupport::usageError(parser, QStringLiteral("export: unknown relation type \"%1\"; use: %2")
                                                      .arg(name, formatList(valid)));
        }
        filter.relationTypes.insert(*type);
    }
    if (parser.isSet(from)) {
        const auto date = parseDate(parser.value(from), true);
        if (!date)
            return CliSupport::usageError(parser, QStringLiteral("export: --from takes YYYY, YYYY-MM or YYYY-MM-DD"));
        filter.from = *date;
    }
    if (parser.isSet(to)) {
        const auto date = parseDate(parser.value(to), false);
        if (!date)
            return CliSupport::usageError(parser, QStringLiteral("export: --to takes YYYY, YYYY-MM or YYYY-MM-DD"));
        filter.to = *date;
    }

#ifdef GUANXI_CLI_HAS_IMAGE_EXPORT
    // Fonts need a QGuiApplication (the offscreen platform is enough).
    const bool canDrawImages = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
#else
    const bool canDrawImages = false;
#endif
    if (isImage && !canDrawImages) {
        CliSupport::printError(QStringLiteral("export"),
                               QStringLiteral("%1 export is not available in this build of guanxi-cli (it needs the "
                                              "canvas library and a GUI application object); data formats are: %2")
                                   .arg(formatName, formatList(Exporter::formats())));
        return ExitUnavailable;
    }

    auto store = CliSupport::openForQuery(CliSupport::databasePath(parser));
    if (!store)
        return ExitInput;
    Result<GraphDocument> graph;
    if (parser.isSet(focus)) {
        const QString name = parser.value(focus).trimmed();
        auto found = store->findEntity(name);
        if (!found) {
            CliSupport::printError(store->path(), found.error());
            return ExitInput;
        }
        if (!*found) {
            CliSupport::printError(name, QStringLiteral("no entity of that name in %1; try \"guanxi-cli search\"")
                                             .arg(store->path()));
            return ExitInput;
        }
        graph = store->neighbourhood((*found)->id, depthValue, filter);
    } else {
        graph = store->graph(filter);
    }
    if (!graph) {
        CliSupport::printError(store->path(), graph.error());
        return ExitInput;
    }

    // Lay out, sizing nodes as they will be drawn.
    std::optional<LayoutResult> placed;
    if (!skipLayout) {
        if (auto plugins = LayoutEngine::checkPlugins(); !plugins) {
            CliSupport::printError(QStringLiteral("layout"), plugins.error());
            return ExitUnavailable;
        }
        LabelMetrics metrics = LabelMetrics::approximate();
#ifdef GUANXI_CLI_HAS_IMAGE_EXPORT
        if (canDrawImages)
            metrics = GraphStyle::standard().labelMetrics();
#endif
        auto result = LayoutEngine().layout(LayoutBuilder::fromGraph(*graph, metrics, engine));
        if (!result) {
            CliSupport::printError(QStringLiteral("layout"), result.error());
            return ExitInput;
        }
        placed = std::move(*result);
    }

    if (isImage) {
#ifdef GUANXI_CLI_HAS_IMAGE_EXPORT
        ImageExportOptions options;
        options.format = formatName == QLatin1String("png")   ? ImageExportOptions::Format::Png
                         : formatName == QLatin1String("svg") ? ImageExportOptions::Format::Svg
                                                              : ImageExportOptions::Format::Pdf;
        options.width = widthValue;
        options.dpi = dpiValue;
        options.legend = !parser.isSet(noLegend);
        options.transparent = parser.isSet(transparent);
        if (auto written = ImageExporter().write(*graph, *placed, options, out); !written) {
            CliSupport::printError(out, written.error());
            return ExitInput;
        }
#endif
    } else {
        const auto exporter = Exporter::create(formatName);
        Q_ASSERT(exporter);
        if (auto written = exporter->write(*graph, placed ? &*placed : nullptr, out); !written) {
            CliSupport::printError(out, written.error());
            return ExitInput;
        }
    }
    CliSupport::writeOut(QStringLiteral("%1: %2 entities, %3 relations (%4%5)\n")
                             .arg(out)
                             .arg(graph->entities.size())
                             .arg(graph->relations.size())
                             .arg(formatName,
                                  placed ? QStringLiteral(", %1 layout").arg(placed->engine) : QString()));
    return ExitOk;
}

} // namespace Guanxi::Cli
