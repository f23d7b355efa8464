#pragma once

#include "searchindex.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace Guanxi {

// The toolbar's search field: completes over every name of the shown
// entities, in Chinese, English and pinyin, and reports the entity chosen
// from the list or by Enter.
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget *parent = nullptr);

    void setEntities(const QList<Entity> &entities);
    const SearchIndex &index() const { return m_index; }
    // The suggestions currently offered, as "name — matched" lines.
    QStringList suggestions() const;

Q_SIGNALS:
    // The user picked an entity (from the list, or Enter on the text).
    void entityChosen(const QString &key);
    // Enter on text that matches nothing.
    void nothingFound(const QString &text);

private:
    void updateSuggestions(const QString &text);

    SearchIndex m_index;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
    bool m_isReturnHandled = false;
};

} // namespace Guanxi
