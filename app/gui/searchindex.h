#pragma once

#include "model/entity.h"

#include <QList>
#include <QString>

namespace Guanxi {

// Finds entities by any of their names as a reader would type them: Chinese
// or English, traditional or simplified characters, full or half width, and
// toneless pinyin (masike → 马斯克) or its initials (msk). Keys are
// precomputed once per graph; a look-up scans them, fine for a few
// thousand names while typing.
class SearchIndex
{
public:
    struct Match
    {
        QString key;        // the entity's key
        QString name;       // the entity's main name
        QString matched;    // the name that matched
        double score = 0.0; // higher is better
    };

    void clear();
    void addEntity(const Entity &entity);
    void addEntities(const QList<Entity> &entities);

    // Best matches first, at most `limit`; ties by name.
    QList<Match> find(const QString &query, int limit = 12) const;
    // The best match's key, or empty.
    QString bestKey(const QString &query) const;

    // The form names and queries are compared in: folded (traditional →
    // simplified, half width), case-folded, without spaces or punctuation.
    static QString normalise(const QString &text);

private:
    struct Name
    {
        QString key;
        QString entityName;
        QString name;
        QString normal;
        QString pinyin;     // empty when the name holds no Han
        QString initials;
    };
    QList<Name> m_names;
};

} // namespace Guanxi
