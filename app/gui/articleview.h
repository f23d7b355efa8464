#pragma once

#include "model/entity.h"

#include <QList>
#include <QTextBrowser>

namespace Guanxi {

// An article's text with the names of its entities highlighted and
// clickable, and one span (an evidence sentence) emphasised on request.
// Document positions are the text's UTF-16 offsets, so evidence spans map
// straight onto it.
class ArticleView : public QTextBrowser
{
    Q_OBJECT

public:
    struct Mention
    {
        qsizetype start = 0;
        qsizetype length = 0;
        QString key;  // the entity's key
    };

    explicit ArticleView(QWidget *parent = nullptr);

    // Shows `text` with every name of `entities` found in it linked to its entity.
    void setArticle(const QString &text, const QList<Entity> &entities);
    const QList<Mention> &mentions() const { return m_mentions; }
    // Emphasises [start, end) and scrolls to it; false when out of range.
    bool showSpan(qsizetype start, qsizetype end);
    // The emphasised span as text, or empty.
    QString shownSpanText() const;

    // Where the names of `entities` occur in `text`: longest names first,
    // never overlapping; Latin names only as whole words, and names of one
    // character (X, 马) are left out as they would match everywhere.
    // Matching ignores case, width and traditional/simplified forms.
    static QList<Mention> findMentions(const QString &text, const QList<Entity> &entities);

Q_SIGNALS:
    void entityClicked(const QString &key);

private:
    QList<Mention> m_mentions;
    qsizetype m_spanStart = -1;
    qsizetype m_spanEnd = -1;
};

} // namespace Guanxi
