#pragma once

#include "model/graphdocument.h"

#include <QDockWidget>
#include <QHash>
#include <QSet>

class QLabel;
class QTreeWidget;

namespace Guanxi {

class ArticleView;
class GraphStore;

// The ingested articles: a list (title, source, date, how many entities and
// relations each gave) and the open article's text, its entity names
// clickable. Opening one reports the part of the graph it contributed.
class DocumentsDock : public QDockWidget
{
    Q_OBJECT

public:
    // What one article contributed: entities it mentions or relates, and
    // relations it gives evidence for. Entity keys are "e<id>".
    struct Footprint
    {
        QSet<QString> entityKeys;
        QSet<qint64> relationIds;
    };

    explicit DocumentsDock(QWidget *parent = nullptr);

    // The store the list and texts come from; may be null.
    void setStore(const GraphStore *store);
    // Re-reads the list; counts and footprints come from `wholeGraph`, the
    // stored graph with its evidence. `onlyContributing` lists only the
    // articles that gave something to `wholeGraph` (then a part of a large
    // database's graph): the graph is not read whole to fill the dock.
    void refresh(const GraphDocument &wholeGraph, bool onlyContributing = false);
    // Footprints per document id, from the evidence of a graph.
    static QHash<qint64, Footprint> footprints(const GraphDocument &graph);

    // Opens an article; false (with a message in the dock) when it cannot be read.
    bool openDocument(DocumentId id);
    // The first listed article whose title or file name contains `text`; invalid when none.
    DocumentId findDocument(const QString &text) const;
    // Opens the evidence's article and emphasises its sentence.
    bool showEvidence(const Evidence &evidence);

    DocumentId openedDocument() const { return m_opened; }
    const QList<DocumentInfo> &documents() const { return m_documents; }
    Footprint footprint(DocumentId id) const { return m_footprints.value(id.value()); }
    QTreeWidget *list() const { return m_list; }
    ArticleView *article() const { return m_article; }

Q_SIGNALS:
    // An article was opened; the scene should emphasise its footprint.
    void documentOpened(Guanxi::DocumentId id);
    // A name in the article text was clicked.
    void entityActivated(const QString &key);

private:
    bool loadDocument(DocumentId id);

    const GraphStore *m_store = nullptr;
    QTreeWidget *m_list;
    QLabel *m_heading;
    ArticleView *m_article;
    QList<DocumentInfo> m_documents;
    QHash<qint64, Footprint> m_footprints;
    QList<Entity> m_entities;  // of the whole graph: their names are looked for in the text
    DocumentId m_opened;
};

} // namespace Guanxi
