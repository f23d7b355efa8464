#pragma once

#include "searchindex.h"

#include <QLineEdit>

#include <functional>

class QCompleter;
class QStandardItemModel;

namespace Guanxi {

// The toolbar's search field: completes over every name of the shown
// entities, in Chinese, English and pinyin, then over what a lookup finds
// elsewhere, and reports the entity chosen from the list or by Enter.
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget *parent = nullptr);

    // Finds entities that are not shown (a large database's store): text, at most `limit`.
    using Lookup = std::function<QList<SearchIndex::Match>(const QString &text, int limit)>;

    void setEntities(const QList<Entity> &entities);
    // Suggestions and Enter also offer what `lookup` finds after the shown
    // entities' matches; an empty one offers the shown entities only.
    void setLookup(Lookup lookup);
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

    QList<SearchIndex::Match> matches(const QString &text, int limit) const;

    SearchIndex m_index;
    Lookup m_lookup;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
    bool m_isReturnHandled = false;
};

} // namespace Guanxi
