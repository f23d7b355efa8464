#include "curationcontroller.h"

#include "addrelationcommand.h"
#include "changetypecommand.h"
#include "deleteentitycommand.h"
#include "deleterelationcommand.h"
#include "editrelationcommand.h"
#include "graphscene.h"
#include "graphstyle.h"
#include "graphview.h"
#include "mainwindow.h"
#include "mergeentitiescommand.h"
#include "nodeitem.h"
#include "relationdialog.h"
#include "renameentitycommand.h"
#include "splitaliascommand.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QStatusBar>
#include <QUndoStack>

namespace Guanxi {

namespace {

// Shown entity keys are "e<id>" (GraphStore::graph).
EntityId idOfKey(const QString &key)
{
    return key.startsWith(QLatin1Char('e')) ? EntityId(key.mid(1).toLongLong()) : EntityId();
}

QString relationLabel(const QString &source, RelationType type, const QString &target)
{
    return QStringLiteral("“%1” %2 “%3”").arg(source, GraphStyle::relationLabel(type), target);
}

} // namespace

CurationController::CurationController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_stack(new QUndoStack(this))
    , m_menu(new QMenu(tr("&Edit"), window))
{
    m_undo = m_stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_stack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_merge = new QAction(tr("&Merge"), this);
    m_merge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_rename = new QAction(tr("Re&name…"), this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_changeType = new QAction(tr("Change &type…"), this);
    m_splitAlias = new QAction(tr("&Split alias off…"), this);
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_addRelation = new QAction(tr("Add &relation…"), this);
    m_editRelation = new QAction(tr("&Edit relation…"), this);
    m_merge->setStatusTip(tr("Merge the second selected entity into the first (or drop one node on another)"));

    m_menu->addAction(m_undo);
    m_menu->addAction(m_redo);
    m_menu->addSeparator();
    m_menu->addAction(m_merge);
    m_menu->addAction(m_rename);
    m_menu->addAction(m_changeType);
    m_menu->addAction(m_splitAlias);
    m_menu->addAction(m_delete);
    m_menu->addSeparator();
    m_menu->addAction(m_addRelation);
    m_menu->addAction(m_editRelation);
    // After File, where users look for Edit.
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.size() > 1 ? menus.at(1) : nullptr, m_menu);
    // Shortcuts work without opening the menu.
    window->addActions(m_menu->actions());

    connect(m_merge, &QAction::triggered, this, &CurationController::mergeSelected);
    connect(m_rename, &QAction::triggered, this, &CurationController::renameSelected);
    connect(m_changeType, &QAction::triggered, this, &CurationController::changeTypeOfSelected);
    connect(m_splitAlias, &QAction::triggered, this, &CurationController::splitAliasOfSelected);
    connect(m_delete, &QAction::triggered, this, &CurationController::deleteSelected);
    connect(m_addRelation, &QAction::triggered, this, &CurationController::addRelationBetweenSelected);
    connect(m_editRelation, &QAction::triggered, this, &CurationController::editSelectedRelation);
    connect(m_stack, &QUndoStack::indexChanged, this, &CurationController::graphChanged);
    connect(window->scene(), &QGraphicsScene::selectionChanged, this, &CurationController::updateActions);
    window->view()->viewport()->installEventFilter(this);
    updateActions();
}

CurationController::~CurationController() = default;

void CurationController::setStore(GraphStore *store)
{
    m_stack->clear();  // its commands refer to the old database
    m_curation = store ? std::make_unique<Curation>(*store) : nullptr;
    updateActions();
}

const Entity *CurationController::shownEntity(const QString &key) const
{
    return m_window->scene()->graph().entity(key);
}

QStringList CurationController::selectedNodeKeys() const
{
    return m_selectionOrder;
}

void CurationController::updateActions()
{
    // Keep the order in which nodes were selected: the first one stays in a merge.
    QStringList selected;
    for (QGraphicsItem *item : m_window->scene()->selectedItems()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            selected.append(node->key());
    }
    QStringList order;
    for (const QString &key : std::as_const(m_selectionOrder)) {
        if (selected.contains(key))
            order.append(key);
    }
    for (const QString &key : std::as_const(selected)) {
        if (!order.contains(key))
            order.append(key);
    }
    m_selectionOrder = order;

    const bool canEdit = m_curation != nullptr;
    const bool oneNode = canEdit && order.size() == 1;
    const bool twoNodes = canEdit && order.size() == 2;
    const bool edge = canEdit && order.isEmpty() && !m_window->scene()->selectedEdgeId().isEmpty();
    m_merge->setEnabled(twoNodes);
    if (twoNodes) {
        const Entity *keep = shownEntity(order.at(0));
        const Entity *gone = shownEntity(order.at(1));
        if (keep && gone)
            m_merge->setText(tr("&Merge “%1” into “%2”").arg(gone->name, keep->name));
    } else {
        m_merge->setText(tr("&Merge"));
    }
    m_rename->setEnabled(oneNode);
    m_changeType->setEnabled(oneNode);
    const Entity *single = oneNode ? shownEntity(order.first()) : nullptr;
    m_splitAlias->setEnabled(single && single->allNames().size() > 1);
    m_delete->setEnabled(canEdit && (!order.isEmpty() || edge));
    m_addRelation->setEnabled(twoNodes);
    m_editRelation->setEnabled(edge);
}

void CurationController::report(const Error &error)
{
    m_window->statusBar()->showMessage(error.message(), 10000);
}

void CurationController::push(Result<std::unique_ptr<QUndoCommand>> command)
{
    if (!command) {
        report(command.error());
        return;
    }
    m_stack->push(command->release());
    m_window->statusBar()->showMessage(m_stack->undoText(), 5000);
}

namespace {

template<typename T>
Result<std::unique_ptr<QUndoCommand>> generic(Result<std::unique_ptr<T>> command)
{
    if (!command)
        return tl::unexpected(command.error());
    return std::unique_ptr<QUndoCommand>(command->release());
}

} // namespace

bool CurationController::mergeEntities(const QString &survivorKey, const QString &absorbedKey)
{
    const Entity *keep = shownEntity(survivorKey);
    const Entity *gone = shownEntity(absorbedKey);
    if (!m_curation || !keep || !gone)
        return false;
    const int before = m_stack->count();
    push(generic(MergeEntitiesCommand::create(*m_curation, idOfKey(survivorKey), keep->name, idOfKey(absorbedKey),
                                              gone->name, [this](const Error &e) { report(e); })));
    return m_stack->count() > before;
}

void CurationController::mergeSelected()
{
    const QStringList keys = selectedNodeKeys();
    if (keys.size() == 2)
        mergeEntities(keys.at(0), keys.at(1));
}

void CurationController::renameSelected()
{
    const QStringList keys = selectedNodeKeys();
    const Entity *entity = keys.size() == 1 ? shownEntity(keys.first()) : nullptr;
    if (!m_curation || !entity)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename"), tr("New name for “%1”:").arg(entity->name),
                                               QLineEdit::Normal, entity->name, &ok);
    if (!ok || name.trimmed() == entity->name)
        return;
    push(generic(RenameEntityCommand::create(*m_curation, idOfKey(entity->key), entity->name, name.trimmed(),
                                             [this](const Error &e) { report(e); })));
}

void CurationController::changeTypeOfSelected()
{
    const QStringList keys = selectedNodeKeys();
    const Entity *entity = keys.size() == 1 ? shownEntity(keys.first()) : nullptr;
    if (!m_curation || !entity)
        return;
    struct Choice
    {
        QString label;
        EntityType type;
        OrgKind kind;
    };
    const QList<Choice> choices{
        {tr("Person"), EntityType::Person, OrgKind::None},
        {tr("Organization: company"), EntityType::Organization, OrgKind::Company},
        {tr("Organization: nonprofit"), EntityType::Organization, OrgKind::Nonprofit},
        {tr("Organization: government"), EntityType::Organization, OrgKind::Government},
        {tr("Organization: court"), EntityType::Organization, OrgKind::Court},
        {tr("Organization: media"), EntityType::Organization, OrgKind::Media},
        {tr("Organization: other"), EntityType::Organization, OrgKind::Other},
        {tr("Lawsuit"), EntityType::Lawsuit, OrgKind::None},
        {tr("Product"), EntityType::Product, OrgKind::None},
    };
    QStringList labels;
    int current = 0;
    for (int i = 0; i < choices.size(); ++i) {
        labels.append(choices.at(i).label);
        if (choices.at(i).type == entity->type && choices.at(i).kind == entity->kind)
            current = i;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Change type"), tr("“%1” is:").arg(entity->name),
                                                 labels, current, false, &ok);
    const int index = labels.indexOf(chosen);
    if (!ok || index < 0 || index == current)
        return;
    push(generic(ChangeTypeCommand::create(*m_curation, idOfKey(entity->key), entity->name, choices.at(index).type,
                                           choices.at(index).kind, [this](const Error &e) { report(e); })));
}

void CurationController::splitAliasOfSelected()
{
    const QStringList keys = selectedNodeKeys();
    const Entity *entity = keys.size() == 1 ? shownEntity(keys.first()) : nullptr;
    if (!m_curation || !entity)
        return;
    QStringList aliases = entity->allNames();
    aliases.removeAll(entity->name);
    if (aliases.isEmpty())
        return;
    bool ok = false;
    const QString alias = QInputDialog::getItem(m_window, tr("Split alias off"),
                                                tr("Which name of “%1” is another entity?").arg(entity->name),
                                                aliases, 0, false, &ok);
    if (!ok || alias.isEmpty())
        return;
    push(generic(SplitAliasCommand::create(*m_curation, idOfKey(entity->key), entity->name, alias,
                                           [this](const Error &e) { report(e); })));
}

void CurationController::deleteSelected()
{
    if (!m_curation)
        return;
    const auto onError = [this](const Error &e) { report(e); };
    const QStringList keys = selectedNodeKeys();
    if (keys.isEmpty()) {
        const Relation *relation = m_window->scene()->relation(m_window->scene()->selectedEdgeId());
        if (!relation)
            return;
        const Entity *source = shownEntity(relation->source);
        const Entity *target = shownEntity(relation->target);
        const QString label = relationLabel(source ? source->name : relation->source, relation->type,
                                            target ? target->name : relation->target);
        push(generic(DeleteRelationCommand::create(*m_curation, relation->id, label, onError)));
        return;
    }
    // Several nodes: one undo step, one logged edit per entity.
    if (keys.size() > 1)
        m_stack->beginMacro(tr("Delete %n entities", nullptr, int(keys.size())));
    for (const QString &key : keys) {
        const Entity *entity = shownEntity(key);
        if (!entity)
            continue;
        auto command = DeleteEntityCommand::create(*m_curation, idOfKey(key), entity->name, onError);
        if (!command) {
            report(command.error());
            break;
        }
        m_stack->push(command->release());
    }
    if (keys.size() > 1)
        m_stack->endMacro();
}

void CurationController::addRelationBetweenSelected()
{
    const QStringList keys = selectedNodeKeys();
    if (!m_curation || keys.size() != 2)
        return;
    const Entity *source = shownEntity(keys.at(0));
    const Entity *target = shownEntity(keys.at(1));
    if (!source || !target)
        return;
    // Offer the direction SCHEMA.md allows when only the other one works.
    bool anyForward = false;
    for (RelationType type : allRelationTypes)
        anyForward = anyForward || isAllowed(type, source->type, target->type);
    if (!anyForward)
        std::swap(source, target);
    RelationDialog dialog(*source, *target, m_window);
    if (!dialog.hasAllowedType()) {
        report(Error(Error::Category::Validation, tr("No relation type joins “%1” and “%2”")
                                                      .arg(source->name, target->name)));
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RelationAttributes attributes = dialog.attributes();
    push(generic(AddRelationCommand::create(*m_curation, idOfKey(source->key), idOfKey(target->key), attributes,
                                            dialog.note(), relationLabel(source->name, attributes.type, target->name),
                                            [this](const Error &e) { report(e); })));
}

void CurationController::editSelectedRelation()
{
    if (!m_curation)
        return;
    const Relation *relation = m_window->scene()->relation(m_window->scene()->selectedEdgeId());
    if (!relation)
        return;
    const Entity *source = shownEntity(relation->source);
    const Entity *target = shownEntity(relation->target);
    if (!source || !target)
        return;
    RelationDialog dialog(*source, *target, m_window);
    dialog.setAttributes(*relation);
    if (dialog.exec() != QDialog::Accepted)
        return;
    push(generic(EditRelationCommand::create(*m_curation, relation->id, dialog.attributes(),
                                             relationLabel(source->name, relation->type, target->name),
                                             [this](const Error &e) { report(e); })));
}

NodeItem *CurationController::nodeAt(const QPointF &scenePos, const NodeItem *except) const
{
    for (QGraphicsItem *item : m_window->scene()->items(scenePos)) {
        auto *node = qgraphicsitem_cast<NodeItem *>(item);
        if (node && node != except)
            return node;
    }
    return nullptr;
}

bool CurationController::eventFilter(QObject *watched, QEvent *event)
{
    // A node dragged and dropped onto another merges into it.
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        GraphView *view = m_window->view();
        if (mouse->button() == Qt::LeftButton && watched == view->viewport()) {
            const QPointF scenePos = view->mapToScene(mouse->position().toPoint());
            if (event->type() == QEvent::MouseButtonPress) {
                NodeItem *node = nodeAt(scenePos, nullptr);
                m_pressedKey = node ? node->key() : QString();
                m_pressedNodePos = node ? node->pos() : QPointF();
            } else if (!m_pressedKey.isEmpty()) {
                const QString draggedKey = m_pressedKey;
                m_pressedKey.clear();
                NodeItem *dragged = m_window->scene()->nodeItem(draggedKey);
                if (dragged && dragged->pos() != m_pressedNodePos) {
                    if (NodeItem *target = nodeAt(dragged->pos(), dragged)) {
                        const QString targetKey = target->key();
                        // After the view has handled the release: the merge reloads the scene.
                        QMetaObject::invokeMethod(this, [this, targetKey, draggedKey] {
                            mergeEntities(targetKey, draggedKey);
                        }, Qt::QueuedConnection);
                    }
                }
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Guanxi
