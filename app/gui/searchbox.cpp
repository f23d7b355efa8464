#include "searchbox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSet>
#include <QStandardItemModel>
#include <QTimer>

namespace Guanxi {

namespace {

constexpr int keyRole = Qt::UserRole + 1;
constexpr int nameRole = Qt::UserRole + 2;  // what the field shows once a line is chosen

} // namespace

SearchBox::SearchBox(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
{
    setPlaceholderText(tr("Search people, companies… (中文, English or pinyin)"));
    setClearButtonEnabled(true);
    // The index does the matching (pinyin, traditional characters); the
    // completer only shows what it found.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_completer->setMaxVisibleItems(12);
    m_completer->setCompletionRole(nameRole);
    connect(this, &QLineEdit::textEdited, this, &SearchBox::updateSuggestions);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const QString key = index.data(keyRole).toString();
        setText(index.data(nameRole).toString());
        // Enter in the popup reaches returnPressed first, which already chose.
        if (!key.isEmpty() && !m_isReturnHandled)
            Q_EMIT entityChosen(key);
    });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        // The highlighted suggestion wins over the best match of the typed text.
        QAbstractItemView *popup = m_completer->popup();
        const QModelIndex current = popup->isVisible() ? popup->currentIndex() : QModelIndex();
        QString key = current.isValid() ? current.data(keyRole).toString() : m_index.bestKey(text());
        if (key.isEmpty() && m_lookup) {
            const QList<SearchIndex::Match> found = m_lookup(text(), 1);
            if (!found.isEmpty())
                key = found.first().key;
        }
        popup->hide();
        m_isReturnHandled = true;
        QTimer::singleShot(0, this, [this] { m_isReturnHandled = false; });
        if (key.isEmpty())
            Q_EMIT nothingFound(text());
        else
            Q_EMIT entityChosen(key);
    });
}

void SearchBox::setEntities(const QList<Entity> &entities)
{
    m_index.clear();
    m_index.addEntities(entities);
    m_model->clear();
}

void SearchBox::setLookup(Lookup lookup)
{
    m_lookup = std::move(lookup);
    m_model->clear();
}

QList<SearchIndex::Match> SearchBox::matches(const QString &text, int limit) const
{
    QList<SearchIndex::Match> out = m_index.find(text, limit);
    if (!m_lookup || out.size() >= limit)
        return out;
    QSet<QString> keys;
    for (const SearchIndex::Match &match : std::as_const(out))
        keys.insert(match.key);
    for (const SearchIndex::Match &match : m_lookup(text, limit)) {
        if (out.size() >= limit)
            break;
        if (!keys.contains(match.key))
            out.append(match);
    }
    return out;
}

QStringList SearchBox::suggestions() const
{
    QStringList lines;
    for (int row = 0; row < m_model->rowCount(); ++row)
        lines.append(m_model->item(row)->text());
    return lines;
}

void SearchBox::updateSuggestions(const QString &text)
{
    m_model->clear();
    const QList<SearchIndex::Match> found = matches(text, 12);
    for (const SearchIndex::Match &match : found) {
        // Show why a pinyin or alias query matched: "马斯克 — Elon Musk".
        const QString label = match.matched == match.name
            ? match.name
            : match.name + QStringLiteral(" — ") + match.matched;
        auto *item = new QStandardItem(label);
        item->setData(match.name, nameRole);
        item->setData(match.key, keyRole);
        m_model->appendRow(item);
    }
    if (found.isEmpty())
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

} // namespace Guanxi
