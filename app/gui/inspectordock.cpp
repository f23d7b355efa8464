#include "inspectordock.h"

#include "graphscene.h"
#include "graphstyle.h"

#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Guanxi {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QIcon dotIcon(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(120), 1.5));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(2, 2, 10, 10));
    return QIcon(pixmap);
}

} // namespace

InspectorDock::InspectorDock(GraphScene *scene, QWidget *parent)
    : QDockWidget(tr("Inspector"), parent)
    , m_scene(scene)
    , m_title(new QLabel)
    , m_details(new QTextBrowser)
    , m_timelineLabel(new QLabel(tr("History")))
    , m_timeline(new QListWidget)
{
    setObjectName(QStringLiteral("InspectorDock"));
    QFont titleFont = GraphStyle::standard().titleFont();
    titleFont.setPixelSize(16);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (url.scheme() == QLatin1String("evidence") && ok && index >= 0 && index < m_linkedEvidence.size())
            Q_EMIT evidenceActivated(m_linkedEvidence[index]);
    });
    m_timeline->setWordWrap(true);
    m_timeline->setSpacing(3);
    m_timeline->setTextElideMode(Qt::ElideNone);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    QFont bold = m_timelineLabel->font();
    bold.setBold(true);
    m_timelineLabel->setFont(bold);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_details);
    auto *timelineBox = new QWidget;
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(m_timelineLabel);
    timelineLayout->addWidget(m_timeline);
    splitter->addWidget(timelineBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({160, 480});
    layout->addWidget(splitter);
    setWidget(content);

    connect(m_timeline, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_history.size())
            Q_EMIT historyEntryActivated(m_history[row].relation);
    });
    clear();
}

void InspectorDock::clear()
{
    m_title->setText(tr("Nothing selected"));
    m_details->setHtml(tr("<p>Click a node or an edge to see its details and evidence. "
                          "Hover a node to highlight its neighbours.</p>"));
    m_history.clear();
    m_variants.clear();
    m_linkedEvidence.clear();
    m_timeline->clear();
    m_timeline->hide();
    m_timelineLabel->hide();
}

QString InspectorDock::detailsText() const
{
    return m_title->text() + QLatin1Char('\n') + m_details->toPlainText();
}

QString InspectorDock::entityName(const QString &key) const
{
    const Entity *entity = m_scene->graph().entity(key);
    return entity ? entity->name : key;
}

void InspectorDock::showEntity(const QString &key)
{
    clear();
    const Entity *entity = m_scene->graph().entity(key);
    if (!entity)
        return;
    m_title->setText(entity->name);
    QString html = QStringLiteral("<p><b>%1</b>").arg(esc(entity->type == EntityType::Organization
                                                            && entity->kind != OrgKind::None
                                                        ? GraphStyle::orgKindLabel(entity->kind)
                                                        : GraphStyle::entityTypeLabel(entity->type)));
    if (GraphScene::investorKeys(m_scene->graph()).contains(key))
        html += QStringLiteral(" · ") + esc(tr("investor"));
    html += QStringLiteral("</p>");
    const QStringList names = entity->allNames();
    if (names.size() > 1)
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Also known as:")), esc(names.mid(1).join(QStringLiteral(" · "))));
    switch (entity->type) {
    case EntityType::Person:
        html += personHtml(*entity);
        break;
    case EntityType::Organization:
    case EntityType::Product:
        html += organisationHtml(*entity);
        break;
    case EntityType::Lawsuit:
        html += lawsuitHtml(*entity);
        break;
    }
    m_details->setHtml(html);
}

QString InspectorDock::personHtml(const Entity &entity)
{
    QString html;
    QStringList roles;
    for (const Relation &relation : m_scene->graph().relations)
        if (relation.source == entity.key && !relation.role.isEmpty())
            roles.append(QStringLiteral("%1 (%2)").arg(relation.role, entityName(relation.target)));
    roles.removeDuplicates();
    if (!roles.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Roles:")), esc(roles.join(QStringLiteral(", "))));
    if (m_store && entity.id.isValid()) {
        auto history = m_store->history(entity.id);
        if (history)
            m_history = *history;
        else
            html += QStringLiteral("<p style='color:#a00'>%1</p>").arg(esc(history.error().toString()));
    }
    fillTimeline();
    return html;
}

void InspectorDock::fillTimeline()
{
    m_timeline->clear();
    if (m_history.isEmpty())
        return;
    for (const HistoryEntry &entry : std::as_const(m_history)) {
        const Relation &relation = entry.relation;
        const QString when = relation.time.isValid() ? relation.time.toString() : tr("undated");
        QString text = QStringLiteral("%1   %2 %3").arg(when, GraphStyle::relationLabel(relation.type), entry.organization.name);
        if (!relation.role.isEmpty())
            text += QStringLiteral(" (") + relation.role + QLatin1Char(')');
        for (const Evidence &evidence : relation.evidence) {
            if (evidence.isUserEdit) {
                text += QStringLiteral("\n✎ ") + QCoreApplication::translate("InspectorDock", "added by you");
                if (!evidence.sentence.isEmpty())
                    text += QStringLiteral(": ") + evidence.sentence;
                continue;
            }
            text += QStringLiteral("\n“") + evidence.sentence + QStringLiteral("”");
            if (!evidence.document.isEmpty())
                text += QStringLiteral(" — ") + evidence.document;
        }
        auto *item = new QListWidgetItem(dotIcon(GraphStyle::standard().edgeStyle(relation.type).color), text);
        item->setToolTip(tr("Click to highlight this relation in the graph"));
        m_timeline->addItem(item);
    }
    m_timelineLabel->show();
    m_timeline->show();
}

QString InspectorDock::organisationHtml(const Entity &entity) const
{
    QStringList joined, left, staff, investors, lawsuits, products, other;
    for (const Relation &relation : m_scene->graph().relations) {
        const bool in = relation.target == entity.key;
        const bool out = relation.source == entity.key;
        if (!in && !out)
            continue;
        const QString otherName = entityName(in ? relation.source : relation.target);
        const QString when = relation.time.isValid() ? QStringLiteral(" (") + relation.time.toString() + QLatin1Char(')') : QString();
        switch (relation.type) {
        case RelationType::Joined:
        case RelationType::Founded:
            if (in)
                joined.append(otherName + QStringLiteral(" — ") + GraphStyle::relationLabel(relation.type) + when);
            else
                other.append(GraphStyle::relationLabel(relation.type) + QLatin1Char(' ') + otherName + when);
            break;
        case RelationType::Left:
        case RelationType::OnLeave:
            (in ? left : other).append(otherName + QStringLiteral(" — ") + GraphStyle::relationLabel(relation.type) + when);
            break;
        case RelationType::WorksAt:
            (in ? staff : other).append(otherName + when);
            break;
        case RelationType::InvestedIn:
            (in ? investors : other).append(otherName + when);
            break;
        case RelationType::PlaintiffIn:
        case RelationType::DefendantIn:
            lawsuits.append(GraphStyle::relationLabel(relation.type) + QLatin1Char(' ') + otherName);
            break;
        case RelationType::Develops:
            (out ? products : other).append(otherName);
            break;
        case RelationType::CompetitorOf:
        case RelationType::SubsidiaryOf:
            other.append(GraphStyle::relationLabel(relation.type) + QLatin1Char(' ') + otherName + when);
            break;
        }
    }
    QString html;
    auto section = [&html](const QString &title, const QStringList &lines) {
        if (lines.isEmpty())
            return;
        html += QStringLiteral("<p><b>%1</b><br/>").arg(esc(title));
        QStringList escaped;
        for (const QString &line : lines)
            escaped.append(esc(line));
        html += escaped.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
    };
    section(tr("Founders and people who joined"), joined);
    section(tr("People who left or are on leave"), left);
    section(tr("People working here"), staff);
    section(tr("Investors"), investors);
    section(tr("Lawsuits"), lawsuits);
    section(tr("Products"), products);
    section(tr("Other relations"), other);
    return html;
}

QString InspectorDock::lawsuitHtml(const Entity &entity)
{
    QStringList plaintiffs, defendants;
    for (const Relation &relation : m_scene->graph().relations) {
        if (relation.target != entity.key)
            continue;
        if (relation.type == RelationType::PlaintiffIn)
            plaintiffs.append(entityName(relation.source));
        else if (relation.type == RelationType::DefendantIn)
            defendants.append(entityName(relation.source));
    }
    QString html;
    html += QStringLiteral("<p><b>%1</b> %2<br/><b>%3</b> %4</p>")
                .arg(esc(tr("Plaintiffs:")), esc(plaintiffs.join(QStringLiteral(", "))), esc(tr("Defendants:")),
                     esc(defendants.join(QStringLiteral(", "))));
    html += QStringLiteral("<p><b>%1</b> %2<br/><b>%3</b> %4<br/><b>%5</b> %6</p>")
                .arg(esc(tr("Court:")), esc(entity.court.isEmpty() ? tr("unknown") : entity.court), esc(tr("Status:")),
                     esc(entity.status == LawsuitStatus::None ? tr("unknown") : GraphStyle::lawsuitStatusLabel(entity.status)),
                     esc(tr("Time:")), esc(entity.time.isValid() ? entity.time.toString() : tr("unknown")));
    html += evidenceHtml(entity.evidence);
    return html;
}

void InspectorDock::showRelation(const QString &edgeId)
{
    clear();
    const Relation *relation = m_scene->relation(edgeId);
    if (!relation)
        return;
    m_title->setText(QStringLiteral("%1 → %2 → %3")
                         .arg(entityName(relation->source), GraphStyle::relationLabel(relation->type),
                              entityName(relation->target)));
    QString html = QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Type:")), esc(GraphStyle::relationLabel(relation->type)));
    auto field = [&html](const QString &name, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(name), esc(value));
    };
    field(tr("Time:"), relation->time.isValid() ? relation->time.toString() : QString());
    field(tr("Role:"), relation->role);
    field(tr("Amount:"), relation->amount + (relation->currency.isEmpty() ? QString() : QStringLiteral(" (") + relation->currency + QLatin1Char(')')));
    field(tr("Duration:"), relation->duration);
    field(tr("Confidence:"), QString::number(relation->confidence, 'f', 2));
    m_variants = variantsOf(*relation, m_scene->graph().relations, publicationDates());
    html += variantsHtml();
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Evidence:")));
    html += evidenceHtml(relation->evidence);
    m_details->setHtml(html);
}

QString InspectorDock::evidenceHtml(const QList<Evidence> &evidence)
{
    QString html;
    for (const Evidence &e : evidence) {
        if (e.isUserEdit) {
            // The user's own statement: no article to quote or link.
            html += QStringLiteral("<p style='margin-left:10px'>&#9998; <i>%1</i>")
                        .arg(esc(QCoreApplication::translate("InspectorDock", "added by you")));
            if (!e.sentence.isEmpty())
                html += QStringLiteral("<br/>%1").arg(esc(e.sentence));
            html += QStringLiteral("</p>");
            continue;
        }
        // Stored evidence links to its article; a graph file's has nowhere to go.
        if (e.documentId.isValid()) {
            html += QStringLiteral("<p style='margin-left:10px'><a href='evidence:%1' style='color:#222; text-decoration:none'>“%2”</a>")
                        .arg(m_linkedEvidence.size())
                        .arg(esc(e.sentence));
            m_linkedEvidence.append(e);
        } else {
            html += QStringLiteral("<p style='margin-left:10px'>“%1”").arg(esc(e.sentence));
        }
        if (!e.document.isEmpty())
            html += QStringLiteral("<br/><span style='color:#666'>— %1</span>").arg(esc(e.document));
        html += QStringLiteral("</p>");
    }
    return html;
}

QHash<qint64, QDate> InspectorDock::publicationDates() const
{
    QHash<qint64, QDate> dates;
    if (!m_store)
        return dates;
    auto documents = m_store->documents();
    if (documents)
        for (const DocumentInfo &info : std::as_const(*documents))
            dates.insert(info.id.value(), info.published);
    return dates;
}

QList<RelationVariant> InspectorDock::variantsOf(const Relation &relation, const QList<Relation> &relations,
                                                 const QHash<qint64, QDate> &published)
{
    QList<RelationVariant> variants;
    for (const Relation &candidate : relations) {
        if (candidate.type != relation.type || candidate.source != relation.source || candidate.target != relation.target)
            continue;
        auto it = std::find_if(variants.begin(), variants.end(), [&](const RelationVariant &v) {
            return v.time == candidate.time && v.role == candidate.role;
        });
        if (it == variants.end()) {
            variants.append(RelationVariant{candidate.time, candidate.role, {}, 0, {}, {}});
            it = variants.end() - 1;
        }
        it->relations.append(candidate);
    }
    if (variants.size() < 2)
        return {};
    for (RelationVariant &variant : variants) {
        QSet<qint64> documents;
        QSet<QString> unstoredDocuments;  // graph files: evidence names its document only
        for (const Relation &r : std::as_const(variant.relations)) {
            for (const Evidence &e : r.evidence) {
                if (e.documentId.isValid())
                    documents.insert(e.documentId.value());
                else if (!e.document.isEmpty())
                    unstoredDocuments.insert(e.document);
            }
        }
        variant.articles = int(documents.size() + unstoredDocuments.size());
        for (qint64 id : std::as_const(documents)) {
            const QDate date = published.value(id);
            if (!date.isValid())
                continue;
            if (!variant.firstReported.isValid() || date < variant.firstReported)
                variant.firstReported = date;
            if (!variant.lastReported.isValid() || date > variant.lastReported)
                variant.lastReported = date;
        }
    }
    // The best-supported version first.
    std::stable_sort(variants.begin(), variants.end(), [](const RelationVariant &a, const RelationVariant &b) {
        return a.articles > b.articles;
    });
    return variants;
}

QString InspectorDock::variantsHtml()
{
    if (m_variants.isEmpty())
        return {};
    auto cell = [](const QString &text) { return QStringLiteral("<td style='padding:2px 8px'>%1</td>").arg(esc(text)); };
    auto date = [this](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : tr("unknown"); };
    QString rows[5];
    const QString heads[5] = {tr("Time"), tr("Role"), tr("Articles"), tr("First reported"), tr("Last reported")};
    for (int i = 0; i < 5; ++i)
        rows[i] = QStringLiteral("<th align='left' style='padding:2px 8px'>%1</th>").arg(esc(heads[i]));
    for (const RelationVariant &v : std::as_const(m_variants)) {
        rows[0] += cell(v.time.isValid() ? v.time.toString() : tr("undated"));
        rows[1] += cell(v.role.isEmpty() ? QStringLiteral("—") : v.role);
        rows[2] += cell(QString::number(v.articles));
        rows[3] += cell(date(v.firstReported));
        rows[4] += cell(date(v.lastReported));
    }
    QString html = QStringLiteral("<p><b>%1</b></p><table border='1' cellspacing='0' style='border-color:#bbb'>")
                       .arg(esc(tr("Articles disagree:")));
    for (const QString &row : rows)
        html += QStringLiteral("<tr>") + row + QStringLiteral("</tr>");
    html += QStringLiteral("</table>");
    return html;
}

} // namespace Guanxi
