#pragma once

#include "store/graphstore.h"

#include <QDate>
#include <QDockWidget>
#include <QHash>

class QListWidget;
class QListWidgetItem;
class QTextBrowser;
class QLabel;

namespace Guanxi {

class GraphScene;

// One version of a fact that articles disagree on (two dates for one
// departure, two roles): the relations that say it and who reports it.
struct RelationVariant
{
    TimePoint time;
    QString role;
    QList<Relation> relations;
    int articles = 0;        // distinct documents with evidence for it
    QDate firstReported;     // earliest publication date among them
    QDate lastReported;
};

// Details of the selected entity or relation: names in both languages, and
// for a person the career history as a timeline, each entry dated with its
// evidence; for an organisation its people, investors and lawsuits; for a
// lawsuit its parties, court and status; for a relation every evidence sentence.
class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    InspectorDock(GraphScene *scene, QWidget *parent = nullptr);

    // The store answers history queries; may be null (no database open).
    void setStore(const GraphStore *store) { m_store = store; }

    void showEntity(const QString &key);
    void showRelation(const QString &edgeId);
    void clear();

    QString detailsText() const;
    QListWidget *timeline() const { return m_timeline; }
    const QList<HistoryEntry> &history() const { return m_history; }
    // The versions of the shown relation, when articles disagree; else empty.
    const QList<RelationVariant> &variants() const { return m_variants; }
    // Groups the relations of `relation`'s type between its two ends by time
    // and role; `published` maps document ids to publication dates. Fewer
    // than two groups means no disagreement and gives an empty list.
    static QList<RelationVariant> variantsOf(const Relation &relation, const QList<Relation> &relations,
                                             const QHash<qint64, QDate> &published);
    // The evidence behind an "evidence:<n>" link in the details.
    const QList<Evidence> &linkedEvidence() const { return m_linkedEvidence; }

Q_SIGNALS:
    void historyEntryActivated(const Guanxi::Relation &relation);
    // An evidence sentence was clicked: show it in its article.
    void evidenceActivated(const Guanxi::Evidence &evidence);

private:
    QString personHtml(const Entity &entity);
    QString organisationHtml(const Entity &entity) const;
    QString lawsuitHtml(const Entity &entity);
    QString entityName(const QString &key) const;
    void fillTimeline();
    QString evidenceHtml(const QList<Evidence> &evidence);
    QString variantsHtml();
    QHash<qint64, QDate> publicationDates() const;

    GraphScene *m_scene;
    const GraphStore *m_store = nullptr;
    QLabel *m_title;
    QTextBrowser *m_details;
    QLabel *m_timelineLabel;
    QListWidget *m_timeline;
    QList<HistoryEntry> m_history;
    QList<RelationVariant> m_variants;
    QList<Evidence> m_linkedEvidence;
};

} // namespace Guanxi
