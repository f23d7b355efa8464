#pragma once

#include "model/entity.h"
#include "store/curation.h"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QStringList>

#include <memory>

class QAction;
class QMenu;
class QUndoCommand;
class QUndoStack;

namespace Guanxi {

class GraphStore;
class MainWindow;
class NodeItem;

// The viewer's Edit menu: undo/redo over a QUndoStack, and the user's
// corrections (merge, rename, change type, split an alias, delete, add or
// edit a relation) on what is selected; a node dropped onto another merges
// into it. Every edit goes through Curation (saved at once) and then asks the
// window to show the graph again. Lives on the GUI thread with its window.
class CurationController : public QObject
{
    Q_OBJECT

public:
    // Adds the Edit menu to the window's menu bar, after File.
    explicit CurationController(MainWindow *window);
    ~CurationController() override;

    // The window opened another database: edits of the old one leave the stack.
    void setStore(GraphStore *store);

    QUndoStack *undoStack() const { return m_stack; }
    QMenu *menu() const { return m_menu; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *mergeAction() const { return m_merge; }
    QAction *renameAction() const { return m_rename; }
    QAction *changeTypeAction() const { return m_changeType; }
    QAction *splitAliasAction() const { return m_splitAlias; }
    QAction *deleteAction() const { return m_delete; }
    QAction *addRelationAction() const { return m_addRelation; }
    QAction *editRelationAction() const { return m_editRelation; }

    // Merges the entity shown as `absorbedKey` into the one shown as
    // `survivorKey`; false (and a status message) when refused.
    bool mergeEntities(const QString &survivorKey, const QString &absorbedKey);

Q_SIGNALS:
    // An edit, undo or redo changed the stored graph.
    void graphChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    QStringList selectedNodeKeys() const;
    const Entity *shownEntity(const QString &key) const;
    void push(Result<std::unique_ptr<QUndoCommand>> command);
    void report(const Error &error);
    void mergeSelected();
    void renameSelected();
    void changeTypeOfSelected();
    void splitAliasOfSelected();
    void deleteSelected();
    void addRelationBetweenSelected();
    void editSelectedRelation();
    NodeItem *nodeAt(const QPointF &scenePos, const NodeItem *except) const;

    MainWindow *m_window;
    std::unique_ptr<Curation> m_curation;
    QUndoStack *m_stack;
    QMenu *m_menu;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_merge;
    QAction *m_rename;
    QAction *m_changeType;
    QAction *m_splitAlias;
    QAction *m_delete;
    QAction *m_addRelation;
    QAction *m_editRelation;
    QStringList m_selectionOrder;             // node keys, oldest selection first
    QString m_pressedKey;                     // the node the mouse went down on, for drop-to-merge
    QPointF m_pressedNodePos;
};

} // namespace Guanxi
