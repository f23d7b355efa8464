#pragma once

#include "store/graphstore.h"

#include <QDockWidget>

class QListWidget;
class QListWidgetItem;
class QTextBrowser;
class QLabel;

namespace Guanxi {

class GraphScene;

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

Q_SIGNALS:
    void historyEntryActivated(const Guanxi::Relation &relation);

private:
    QString personHtml(const Entity &entity);
    QString organisationHtml(const Entity &entity) const;
    QString lawsuitHtml(const Entity &entity) const;
    QString entityName(const QString &key) const;
    void fillTimeline();

    GraphScene *m_scene;
    const GraphStore *m_store = nullptr;
    QLabel *m_title;
    QTextBrowser *m_details;
    QLabel *m_timelineLabel;
    QListWidget *m_timeline;
    QList<HistoryEntry> m_history;
};

} // namespace Guanxi
