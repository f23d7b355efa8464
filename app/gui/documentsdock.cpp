#include "documentsdock.h"

#include "articleview.h"
#include "store/graphstore.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Guanxi {

namespace {

enum Column { TitleColumn, SourceColumn, DateColumn, EntitiesColumn, RelationsColumn, ColumnCount };
constexpr int idRole = Qt::UserRole + 1;

// Numbers sort as numbers, dates as ISO text.
class DocumentItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == EntitiesColumn || column == RelationsColumn)
            return data(column, Qt::DisplayRole).toInt() < other.data(column, Qt::DisplayRole).toInt();
        return QTreeWidgetItem::operator<(other);
    }
};

} // namespace

DocumentsDock::DocumentsDock(QWidget *parent)
    : QDockWidget(tr("Documents"), parent)
    , m_list(new QTreeWidget)
    , m_heading(new QLabel)
    , m_article(new ArticleView)
{
    setObjectName(QStringLiteral("DocumentsDock"));
    m_list->setObjectName(QStringLiteral("documentList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Title"), tr("Source"), tr("Date"), tr("Entities"), tr("Relations")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(DateColumn, Qt::DescendingOrder);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    for (int column = SourceColumn; column < ColumnCount; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setToolTip(tr("Double-click an article to read it and highlight what it contributed to the graph"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    auto *articleBox = new QWidget;
    auto *articleLayout = new QVBoxLayout(articleBox);
    articleLayout->setContentsMargins(0, 0, 0, 0);
    articleLayout->addWidget(m_heading);
    articleLayout->addWidget(m_article);
    // Side by side: the dock sits below the graph, wide and short.
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_list);
    splitter->addWidget(articleBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // Room for a few lines of the article even when the graph wants the space.
    splitter->setMinimumHeight(170);
    setWidget(splitter);

    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        openDocument(DocumentId(item->data(TitleColumn, idRole).toLongLong()));
    });
    connect(m_article, &ArticleView::entityClicked, this, &DocumentsDock::entityActivated);
    m_heading->setText(tr("No article open"));
}

void DocumentsDock::setStore(const GraphStore *store)
{
    m_store = store;
    m_opened = DocumentId();
    m_article->clear();
    m_heading->setText(tr("No article open"));
}

QHash<qint64, DocumentsDock::Footprint> DocumentsDock::footprints(const GraphDocument &graph)
{
    QHash<qint64, Footprint> out;
    for (const Entity &entity : graph.entities)
        for (const Evidence &evidence : entity.evidence)
            if (evidence.documentId.isValid())
                out[evidence.documentId.value()].entityKeys.insert(entity.key);
    for (const Relation &relation : graph.relations) {
        for (const Evidence &evidence : relation.evidence) {
            if (!evidence.documentId.isValid())
                continue;
            Footprint &footprint = out[evidence.documentId.value()];
            footprint.relationIds.insert(relation.id.value());
            footprint.entityKeys.insert(relation.source);
            footprint.entityKeys.insert(relation.target);
        }
    }
    return out;
}

void DocumentsDock::refresh(const GraphDocument &wholeGraph, bool onlyContributing)
{
    m_footprints = footprints(wholeGraph);
    m_entities = wholeGraph.entities;
    m_documents.clear();
    m_list->setSortingEnabled(false);
    m_list->clear();
    if (m_store) {
        auto documents = m_store->documents();
        if (documents) {
            m_documents = *documents;
            if (onlyContributing)
                m_documents.removeIf([&](const DocumentInfo &info) { return !m_footprints.contains(info.id.value()); });
        } else {
            m_heading->setText(tr("Cannot list the articles: %1").arg(documents.error().message()));
        }
    }
    for (const DocumentInfo &info : std::as_const(m_documents)) {
        const Footprint footprint = m_footprints.value(info.id.value());
        auto *item = new DocumentItem(m_list);
        item->setText(TitleColumn, info.title.isEmpty() ? info.name : info.title);
        item->setToolTip(TitleColumn, info.sourceUrl.isEmpty() ? info.name : info.sourceUrl);
        item->setText(SourceColumn, info.source);
        item->setText(DateColumn, info.published.isValid() ? info.published.toString(Qt::ISODate) : QString());
        item->setData(EntitiesColumn, Qt::DisplayRole, int(footprint.entityKeys.size()));
        item->setData(RelationsColumn, Qt::DisplayRole, int(footprint.relationIds.size()));
        item->setData(TitleColumn, idRole, info.id.value());
        if (info.id == m_opened)
            item->setSelected(true);
    }
    m_list->setSortingEnabled(true);
}

bool DocumentsDock::openDocument(DocumentId id)
{
    if (!loadDocument(id))
        return false;
    Q_EMIT documentOpened(id);
    return true;
}

bool DocumentsDock::loadDocument(DocumentId id)
{
    if (!m_store)
        return false;
    auto document = m_store->document(id);
    if (!document) {
        m_heading->setText(tr("Cannot open the article: %1").arg(document.error().message()));
        return false;
    }
    m_opened = id;
    const QString title = document->title.isEmpty() ? document->name : document->title;
    QStringList about{title};
    if (!document->source.isEmpty())
        about.append(document->source);
    if (document->published.isValid())
        about.append(document->published.toString(Qt::ISODate));
    m_heading->setText(about.join(QStringLiteral(" · ")));
    if (document->text.isEmpty()) {
        m_article->setArticle({}, {});
        m_article->setPlaceholderText(tr("This article came from a graph file: its text is not stored."));
    } else {
        // Look only for the names of what this article contributed: other
        // entities' names would link to nodes it says nothing about.
        const QSet<QString> keys = m_footprints.value(id.value()).entityKeys;
        QList<Entity> entities;
        for (const Entity &entity : std::as_const(m_entities))
            if (keys.contains(entity.key))
                entities.append(entity);
        m_article->setArticle(document->text, entities);
    }
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        item->setSelected(item->data(TitleColumn, idRole).toLongLong() == id.value());
    }
    if (!isVisible())
        show();
    raise();
    return true;
}

DocumentId DocumentsDock::findDocument(const QString &text) const
{
    for (const DocumentInfo &info : m_documents)
        if (info.title.contains(text, Qt::CaseInsensitive) || info.name.contains(text, Qt::CaseInsensitive))
            return info.id;
    return {};
}

bool DocumentsDock::showEvidence(const Evidence &evidence)
{
    if (!evidence.documentId.isValid())
        return false;
    // Loaded without announcing it: the graph keeps the evidence's own highlight.
    if (m_opened != evidence.documentId && !loadDocument(evidence.documentId))
        return false;
    if (evidence.hasSpan() && m_article->showSpan(evidence.start, evidence.end))
        return true;
    // Graph files carry sentences without offsets: find the sentence in the text.
    const qsizetype at = evidence.sentence.isEmpty() ? -1 : m_article->toPlainText().indexOf(evidence.sentence);
    return at >= 0 && m_article->showSpan(at, at + evidence.sentence.size());
}

} // namespace Guanxi
